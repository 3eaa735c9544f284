using System.Net;
using OmbudsmanSite.EndToEnd.Tests.Support;

namespace OmbudsmanSite.EndToEnd.Tests.Site;

/// <summary>The published build carries the top-level wwwroot/ and uSync/ and uses them.</summary>
[Collection(PublishedSiteTestGroup.Name)]
public sealed class PublishedBuildTests(PublishedSite site)
{
    [Fact]
    public void Publish_output_contains_the_static_assets_and_the_uSync_tree()
    {
        Assert.True(File.Exists(Path.Combine(site.PublishFolder, "wwwroot", "css", "site.css")));
        var uSyncFiles = Directory.GetFiles(Path.Combine(site.PublishFolder, "uSync"), "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(site.PublishFolder, "uSync"), f))
            .Order(StringComparer.Ordinal);
        var repositoryFiles = Directory.GetFiles(Path.Combine(TestEnvironment.RepositoryRoot(), "uSync"), "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(TestEnvironment.RepositoryRoot(), "uSync"), f))
            .Order(StringComparer.Ordinal);
        Assert.Equal(repositoryFiles, uSyncFiles);
    }

    [Fact]
    public async Task Published_site_serves_seeded_content_and_the_fingerprinted_stylesheet()
    {
        using var client = new HttpClient { BaseAddress = site.BaseAddress };

        var meetings = await client.GetStringAsync(new Uri("/ru/vstrechi", UriKind.Relative));
        var stylesheet = System.Text.RegularExpressions.Regex.Match(meetings, "href=\"(/css/site\\.[a-z0-9]+\\.css)\"").Groups[1].Value;
        using var css = await client.GetAsync(new Uri(stylesheet, UriKind.Relative));

        Assert.Contains("Омбудсмен Сабина Алиева приняла Генерального секретаря Межпарламентского союза", meetings, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        // Fingerprinted, so cached for a year; ASP.NET serves them no-cache from a build output, only a publish gets this.
        Assert.Equal(TimeSpan.FromDays(365), css.Headers.CacheControl?.MaxAge);
        Assert.Contains("immutable", css.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(TestEnvironment.RepositoryRoot(), "wwwroot", "css", "site.css")), await css.Content.ReadAsStringAsync());
    }
}
