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

            var (exitCode, output, error) = await site.RunCommandAsync(data, null, "add-media", photo, program, "--folder", "News/2026", "--alt", "en=Pupils at a lesson");

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

    [Fact]
    public async Task Seed_demo_and_import_usync_write_through_the_services_and_refuse_bad_arguments()
    {
        var work = Directory.CreateTempSubdirectory("ombudsman-content-commands-").FullName;
        try
        {
            var data = Path.Combine(work, "data");
            var seeded = await site.RunCommandAsync(data, null, "seed-demo", "--items", "12", "--seed", "5");
            Assert.True(seeded.ExitCode == 0, seeded.Error);
            Assert.Contains("Demo content: 12 items made and published in every language", seeded.Output, StringComparison.Ordinal);

            var folder = Path.Combine(work, "uSync", "Content", "News");
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, "from-a-command.yaml"), """
                key: 6f0c2b5e-1d3a-4e7b-9c1f-0a2b3c4d5e6f
                type: newsArticle
                date: 2026-12-01T10:00:00+04:00
                variants:
                  en:
                    published: true
                    title: Imported from the command line
                    body: |
                      <p>Imported.</p>
                """);
            var imported = await site.RunCommandAsync(data, null, "import-usync", Path.Combine(work, "uSync"));
            var again = await site.RunCommandAsync(data, null, "import-usync", Path.Combine(work, "uSync"));

            Assert.True(imported.ExitCode == 0, imported.Error);
            Assert.Contains("1 created, 0 updated, 0 unchanged, 0 failed", imported.Output, StringComparison.Ordinal);
            Assert.Contains("0 created, 0 updated, 1 unchanged, 0 failed", again.Output, StringComparison.Ordinal);

            // The checks over what the commands made: the imported item has no summary (a warning).
            var checkedJson = await site.RunCommandAsync(data, null, "check-content", "--format", "json");
            string summary;
            using (var report = System.Text.Json.JsonDocument.Parse(checkedJson.Output)) // standard output is the JSON alone: the log goes to standard error
            {
                var root = report.RootElement;
                Assert.Equal(root.GetProperty("errors").GetInt32() > 0 ? 1 : 0, checkedJson.ExitCode);
                Assert.True(root.GetProperty("items").GetInt32() >= 13, checkedJson.Output); // the demo's 12, the import's 1, and the site's own pages
                summary = $"{root.GetProperty("items").GetInt32()} items checked: {root.GetProperty("errors").GetInt32()} errors, {root.GetProperty("warnings").GetInt32()} warnings.";
                Assert.Contains(root.GetProperty("findings").EnumerateArray(), f =>
                    f.GetProperty("id").GetString() == "6f0c2b5e-1d3a-4e7b-9c1f-0a2b3c4d5e6f" && f.GetProperty("culture").GetString() == "en"
                    && f.GetProperty("check").GetString() == "summaryMissing" && f.GetProperty("severity").GetString() == "warning"
                    && f.GetProperty("message").GetString() == "There is no summary: lists and search results show one.");
                Assert.Contains(root.GetProperty("reading").EnumerateArray(), r =>
                    r.GetProperty("culture").GetString() == "ru" && r.GetProperty("formula").GetString() == "fleschOborneva" && r.GetProperty("words").GetInt32() > 0);
            }

            var checkedText = await site.RunCommandAsync(data, null, "check-content");
            Assert.Contains("warning 6f0c2b5e-1d3a-4e7b-9c1f-0a2b3c4d5e6f en en.summary       SummaryMissing: There is no summary", checkedText.Output, StringComparison.Ordinal);
            Assert.Contains(summary, checkedText.Output, StringComparison.Ordinal);
            var badFormat = await site.RunCommandAsync(data, null, "check-content", "--format", "xml");
            Assert.Equal(2, badFormat.ExitCode);
            Assert.Contains("check-content [--format text|json]", badFormat.Error, StringComparison.Ordinal);

            var noCount = await site.RunCommandAsync(data, null, "seed-demo", "--items", "lots");
            var noFolder = await site.RunCommandAsync(data, null, "import-usync", Path.Combine(work, "missing"));
            Assert.Equal(2, noCount.ExitCode);
            Assert.Contains("seed-demo --items N", noCount.Error, StringComparison.Ordinal);
            Assert.Equal(2, noFolder.ExitCode);
            Assert.Contains("is not a folder", noFolder.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public async Task Unknown_commands_exit_2_with_the_usage_instead_of_starting_the_site()
    {
        var data = Directory.CreateTempSubdirectory("ombudsman-command-").FullName;
        try
        {
            var (exitCode, _, error) = await site.RunCommandAsync(data, null, "crate-admin", "someone@ombudsman.test");

            Assert.Equal(2, exitCode);
            Assert.Contains("Unknown command 'crate-admin'", error, StringComparison.Ordinal);
            Assert.Contains("create-admin <email>", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Create_admin_reads_the_password_twice_refuses_common_ones_and_can_print_a_one_time_link()
    {
        var data = Directory.CreateTempSubdirectory("ombudsman-create-admin-").FullName;
        try
        {
            var common = await site.RunCommandAsync(data, "qwerty123456\nqwerty123456\n", "create-admin", "first@ombudsman.test");
            var differ = await site.RunCommandAsync(data, "Xəzər sahilində üç gün\nXəzər sahilində iki gün\n", "create-admin", "first@ombudsman.test");
            var created = await site.RunCommandAsync(data, "Xəzər sahilində üç gün\nXəzər sahilində üç gün\n", "create-admin", "first@ombudsman.test", "--name", "Aysel Məmmədova");
            var again = await site.RunCommandAsync(data, "Xəzər sahilində üç gün\nXəzər sahilində üç gün\n", "create-admin", "first@ombudsman.test");
            var link = await site.RunCommandAsync(data, "", "create-admin", "second@ombudsman.test", "--link");

            Assert.Equal(1, common.ExitCode);
            Assert.Contains("most common", common.Error, StringComparison.Ordinal);
            Assert.Equal(1, differ.ExitCode);
            Assert.Contains("differ", differ.Error, StringComparison.Ordinal);
            Assert.Equal(0, created.ExitCode);
            Assert.Contains("Administrator first@ombudsman.test created", created.Output, StringComparison.Ordinal);
            Assert.Equal(1, again.ExitCode);
            Assert.Equal(0, link.ExitCode);
            Assert.Matches(@"/backoffice/set-password\?user=[0-9a-f-]{36}&token=\S+", link.Output);
            Assert.Contains("60 minutes", link.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
