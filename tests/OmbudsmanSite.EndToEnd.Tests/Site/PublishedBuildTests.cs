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

    [Fact]
    public async Task Add_media_stores_what_passes_the_checks_and_says_why_the_rest_is_refused()
    {
        var work = Directory.CreateTempSubdirectory("ombudsman-add-media-").FullName;
        try
        {
            var photo = Path.Combine(work, "Lesson photo.jpg");
            File.Copy(Path.Combine(TestEnvironment.RepositoryRoot(), "tests", "TestData", "uSync", "Media", "News", "fixture-news-photo.jpg"), photo);
            var program = Path.Combine(work, "invoice.jpg");
            await File.WriteAllBytesAsync(program, [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0]);
            var data = Path.Combine(work, "data");

            var (exitCode, output, error) = await RunSiteAsync(data, "add-media", photo, program, "--folder", "News/2026", "--alt", "en=Pupils at a lesson");

            Assert.Equal(1, exitCode);
            var added = System.Text.RegularExpressions.Regex.Match(output, @"added .*Lesson photo\.jpg: [0-9a-f-]{36} /media/(?<path>[0-9a-f]{32}/[0-9a-f]{12}/lesson-photo\.jpg)");
            Assert.True(added.Success, output);
            Assert.True(File.Exists(Path.Combine(data, "media", added.Groups["path"].Value)));
            Assert.Contains("invoice.jpg: This is not a JPEG, PNG, WebP, AVIF, SVG or PDF file (its content was checked, not its name).", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private async Task<(int ExitCode, string Output, string Error)> RunSiteAsync(string dataPath, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = site.PublishFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(site.PublishFolder, "OmbudsmanSite.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Site__DataPath"] = dataPath;
        start.Environment["Site__FileLog__Enabled"] = "false";
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
