using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Site;

/// <summary>
/// Every public template's HTML, for every page the sitemap lists and the lists, searches and errors
/// it does not, compared byte for byte with the pages kept in <c>Site/PublicPages</c>: the router and
/// the page resolver may move, what visitors get may not. Only the build's asset fingerprints
/// (<c>site.3x7k….css</c>) are read as a placeholder, since any stylesheet edit changes them.
/// <c>UPDATE_PUBLIC_PAGES=1</c> writes the pages anew (read the diff before committing it).
/// </summary>
public sealed partial class PublicPagesUnchangedTests(FixedTimeSiteFactory factory) : IClassFixture<FixedTimeSiteFactory>
{
    private static readonly Guid News = Guid.Parse("0e5a1f00-0000-4000-8000-000000000001");
    private static readonly Guid TestPage = Guid.Parse("0e5a1f00-0000-4000-8000-000000000003");
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly string[] Others =
    [
        "/az", "/en/news", "/ru/vstrechi", "/en/meetings?topic=gender-equality", "/en/meetings?year=2024&organisation=ohchr",
        "/az/gorusler?page=9", "/en/reports", "/en/search?q=ombudsman", "/az/axtaris?q=g%C3%B6r%C3%BC%C5%9F&type=meeting",
        "/ru/poisk", "/en/no-such-page", "/en/meetings/no-such-meeting", "/xx", "/en/meetings/a/b",
    ];

    private static string Folder => Path.Combine(TestEnvironment.RepositoryRoot(), "tests", "OmbudsmanSite.Web.Tests", "Site", "PublicPages");

    [Fact]
    public async Task Every_template_renders_the_same_html_as_before()
    {
        await factory.SearchReadyAsync();
        var client = factory.CreatePlainClient();
        // Every item and list; of the landing pages of one filter (one per topic, person…), two of each kind per list.
        var paths = (await SitemapReader.LocationsAsync(client)).Select(l => new Uri(l).PathAndQuery)
            .GroupBy(p => p.Contains('?', StringComparison.Ordinal) ? p[..(p.IndexOf('=', StringComparison.Ordinal) + 1)] : p)
            .SelectMany(g => g.Order(StringComparer.Ordinal).Take(2)).Concat(Others).Distinct().ToList();
        Assert.True(paths.Count > 30, $"Only {paths.Count} pages to compare");

        var differing = new List<string>();
        var kept = new HashSet<string>(StringComparer.Ordinal);
        await CompareAsync(client, paths, "", kept, differing);

        // An address left by a slug change answers 301, a deleted item's 410, each with its page.
        Assert.True((await factory.Services.GetRequiredService<ContentEditingService>().ChangeSlugAsync(News, "en", "legal-awareness-renamed", SiteFactory.Editor)).Succeeded);
        Assert.True((await factory.Services.GetRequiredService<ContentEditingService>().DeleteAsync(TestPage, SiteFactory.Editor)).Succeeded);
        await factory.JournalAppliedAsync();
        await CompareAsync(client, ["/en/news/test-news-legal-awareness?utm_source=x", "/ru/testovaia-stranitsa", "/az/test-sehifesi"], "changed-", kept, differing);

        Assert.True(differing.Count == 0, $"These pages changed (UPDATE_PUBLIC_PAGES=1 writes them anew): {string.Join(", ", differing)}");
        var stale = Directory.EnumerateFiles(Folder).Where(f => !kept.Contains(f)).ToList();
        Assert.True(stale.Count == 0, $"Kept pages no longer served: {string.Join(", ", stale.Select(Path.GetFileName))}");
    }

    private static async Task CompareAsync(HttpClient client, IEnumerable<string> paths, string prefix, HashSet<string> kept, List<string> differing)
    {
        var update = Environment.GetEnvironmentVariable("UPDATE_PUBLIC_PAGES") == "1";
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var answer = $"{(int)response.StatusCode} {response.Headers.Location}\n{Fingerprint().Replace(await response.Content.ReadAsStringAsync(), ".#.$1")}";
            var file = Path.Combine(Folder, prefix + FileName(path));
            kept.Add(file);
            if (update)
            {
                Directory.CreateDirectory(Folder);
                await File.WriteAllTextAsync(file, answer, Utf8);
            }
            else if (!File.Exists(file) || await File.ReadAllTextAsync(file, Utf8) != answer)
            {
                differing.Add(path);
            }
        }
    }

    /// <summary>A file name for a path and query: readable, and distinct for distinct addresses.</summary>
    private static string FileName(string path)
    {
        var readable = Unsafe().Replace(WebUtility.UrlDecode(path).Trim('/'), "_");
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(path)))[..8];
        return $"{(readable.Length > 80 ? readable[..80] : readable)}-{hash}.html";
    }

    [GeneratedRegex(@"\.[a-z0-9]{10}\.(css|js|svg|png|ico|webmanifest)\b")]
    private static partial Regex Fingerprint();

    [GeneratedRegex(@"[^\p{L}\p{Nd}\-]+")]
    private static partial Regex Unsafe();
}
