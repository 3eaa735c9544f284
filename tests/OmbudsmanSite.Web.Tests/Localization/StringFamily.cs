using OmbudsmanSite.Web.Localization;

namespace OmbudsmanSite.Web.Tests.Localization;

/// <summary>One set of string files (a neutral English file and one per other language) and the code that reads it.</summary>
internal sealed record StringFamily(string Name, string ResourceBase)
{
    public static StringFamily Backoffice { get; } = new("BackofficeText", Path.Combine("src", "OmbudsmanSite.Web", "Resources", "BackofficeText"));

    public static StringFamily Site { get; } = new("SiteText", Path.Combine("src", "OmbudsmanSite.Web", "Resources", "SiteText"));

    public static StringFamily Mail { get; } = new("MailText", Path.Combine("src", "OmbudsmanSite.Infrastructure", "Mail", "MailText"));

    public static IReadOnlyList<StringFamily> All { get; } = [Backoffice, Site, Mail];

    /// <summary>The family a source file reads its strings from, by where it lives; null for code that reads none.</summary>
    public static StringFamily? Of(string relativePath, string source)
    {
        var path = relativePath.Replace('\\', '/');
        if (path.Contains("/Components/Backoffice/", StringComparison.Ordinal) || path.Contains("OmbudsmanSite.Web/Backoffice/", StringComparison.Ordinal))
        {
            return Backoffice;
        }

        if (path.Contains("OmbudsmanSite.Infrastructure/Mail/", StringComparison.Ordinal))
        {
            return Mail;
        }

        return path.Contains("/Components/Site/", StringComparison.Ordinal) || path.Contains("/Components/Layout/", StringComparison.Ordinal)
            || source.Contains(nameof(SiteText), StringComparison.Ordinal)
            ? Site
            : null;
    }

    /// <summary>Each language's file (the neutral one as "en") with its keys and strings.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Files()
    {
        var root = TestEnvironment.RepositoryRoot();
        var directory = Path.GetDirectoryName(Path.Combine(root, ResourceBase))!;
        var name = Path.GetFileName(ResourceBase);
        var files = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(directory, name + "*.resx"))
        {
            var middle = Path.GetFileNameWithoutExtension(file)[name.Length..];
            var culture = middle.Length == 0 ? "en" : middle.TrimStart('.');
            files[culture] = System.Xml.Linq.XDocument.Load(file).Root!.Elements("data")
                .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);
        }

        return files;
    }

    public override string ToString() => Name;
}
