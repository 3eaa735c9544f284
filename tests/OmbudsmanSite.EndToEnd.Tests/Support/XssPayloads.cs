using System.Globalization;

namespace OmbudsmanSite.EndToEnd.Tests.Support;

/// <summary>
/// The OWASP filter-evasion payloads in tests/TestData/XssPayloads.txt, each written as the English
/// body of a published news item in the site's uSync folder, so it is saved and published through
/// the editorial services when the site starts, exactly as an editor's text would be.
/// </summary>
public static class XssPayloads
{
    public static IReadOnlyList<string> All { get; } =
        [.. File.ReadAllLines(Path.Combine(TestEnvironment.RepositoryRoot(), "tests", "TestData", "XssPayloads.txt")).Where(line => line.Length > 0 && !line.StartsWith('#'))];

    public static string Slug(int number) => $"xss-payload-{number:00}";

    public static void WriteTo(string uSyncFolder)
    {
        var folder = Path.Combine(uSyncFolder, "Content", "News", "Xss");
        Directory.CreateDirectory(folder);
        for (var n = 1; n <= All.Count; n++)
        {
            var key = $"0e5a1f00-0000-4000-8000-{0x900000 + n:x12}";
            File.WriteAllText(Path.Combine(folder, $"{Slug(n)}.yaml"), string.Create(CultureInfo.InvariantCulture, $"""
                key: {key}
                type: newsArticle
                date: 2001-01-{1 + (n % 28):00}
                variants:
                  en:
                    published: true
                    title: XSS payload {n:00}
                    slug: {Slug(n)}
                    body: |
                      <p>Payload {n:00}.</p>
                      {All[n - 1]}

                """));
        }
    }
}
