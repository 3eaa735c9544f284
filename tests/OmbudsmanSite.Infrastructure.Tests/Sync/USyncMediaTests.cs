using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Infrastructure.Tests.Media;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Sync;

/// <summary>uSync/Media: one YAML per media item, its file beside it; content refers to media by key.</summary>
public sealed class USyncMediaTests : IDisposable
{
    private const string Photo = "Media/News/fixture-news-photo.yaml";
    private static readonly Guid PhotoKey = Guid.Parse("0e5a1f00-0000-4000-8000-0000000000a1");
    private static readonly Guid NewsKey = Guid.Parse("0e5a1f00-0000-4000-8000-000000000001");
    private static readonly Guid ReportKey = Guid.Parse("0e5a1f00-0000-4000-8000-000000000002");
    private readonly string _folder = Directory.CreateTempSubdirectory("ombudsman-usync-media-").FullName;

    public USyncMediaTests()
    {
        TestEnvironment.CopyTree(TestSite.USyncFolder, _folder);
        TestEnvironment.CopyTree(Path.Combine(AppContext.BaseDirectory, "Fixtures"), _folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Media_are_imported_into_folders_and_content_refers_to_them_by_key()
    {
        var site = await TestSite.CreateSqliteAsync();

        var report = await site.USyncImporter.ImportAsync(_folder);

        Assert.Empty(report.Failed);
        await using var db = await site.Contexts.CreateDbContextAsync();
        var photo = await db.MediaItems.SingleAsync(m => m.Id == PhotoKey);
        Assert.Equal((MediaFileKind.Jpeg, 1600, 1067), (photo.Kind, photo.Width, photo.Height));
        Assert.Equal("Participants at a legal awareness lesson", photo.AltText["en"]);
        Assert.Equal("Баку, март 2025 года.", photo.Caption["ru"]);
        var folder = await db.MediaFolders.SingleAsync(f => f.Id == photo.FolderId);
        Assert.Equal("2025", folder.Name);
        Assert.Equal("News", (await db.MediaFolders.SingleAsync(f => f.Id == folder.ParentId)).Name);
        Assert.NotNull(await site.MediaStorage.ReadAsync(photo.StoragePath));

        Assert.Equal(PhotoKey, (await db.ContentItems.SingleAsync(c => c.Id == NewsKey)).ImageId);
        var reportItem = await db.ContentItems.SingleAsync(c => c.Id == ReportKey);
        var english = await db.MediaItems.SingleAsync(m => m.Id == reportItem.Report!.FileId("en"));
        Assert.Equal((MediaFileKind.Pdf, 2), (english.Kind, english.PageCount));
        Assert.Null(reportItem.Report!.FileId("ru"));
    }

    [Fact]
    public async Task A_second_import_stores_nothing_again()
    {
        var site = await TestSite.CreateSqliteAsync();
        await site.USyncImporter.ImportAsync(_folder);
        var files = Directory.GetFiles(site.MediaStorage.Root, "*", SearchOption.AllDirectories).Select(f => (f, File.GetLastWriteTimeUtc(f))).ToList();

        var second = await site.USyncImporter.ImportAsync(_folder);

        Assert.Empty(second.Created);
        Assert.Empty(second.Updated);
        Assert.Equal(files, Directory.GetFiles(site.MediaStorage.Root, "*", SearchOption.AllDirectories).Select(f => (f, File.GetLastWriteTimeUtc(f))).ToList());
    }

    [Fact]
    public async Task A_changed_file_beside_an_unchanged_yaml_is_imported_under_a_new_path()
    {
        var site = await TestSite.CreateSqliteAsync();
        await site.USyncImporter.ImportAsync(_folder);
        var before = await PhotoAsync(site);
        await File.WriteAllBytesAsync(Path.Combine(_folder, "Media", "News", "fixture-news-photo.jpg"), TestImages.Jpeg(1200, 800));

        var report = await site.USyncImporter.ImportAsync(_folder);

        Assert.Equal([Photo], report.Updated);
        var after = await PhotoAsync(site);
        Assert.NotEqual(before.StoragePath, after.StoragePath);
        Assert.Equal((1200, 800), (after.Width, after.Height));
        Assert.Null(await site.MediaStorage.ReadAsync(before.StoragePath));
    }

    [Theory]
    [InlineData("file: missing.jpg", "the media file 'missing.jpg' does not exist next to this YAML.")]
    [InlineData("file: ../../Languages/en.yaml", "'file' must name a file in this folder or below it; got '../../Languages/en.yaml'.")]
    [InlineData("file: fixture-news-photo.yaml", "'fixture-news-photo.yaml' was refused: This is not a JPEG, PNG, WebP, AVIF, SVG or PDF file (its content was checked, not its name).")]
    public async Task A_bad_media_file_is_reported_and_content_using_it_says_why(string fileLine, string expected)
    {
        var site = await TestSite.CreateSqliteAsync();
        var yaml = Path.Combine(_folder, Photo);
        await File.WriteAllTextAsync(yaml, (await File.ReadAllTextAsync(yaml)).Replace("file: fixture-news-photo.jpg", fileLine, StringComparison.Ordinal));

        var report = await site.USyncImporter.ImportAsync(_folder);

        Assert.Contains((Photo, expected), report.Failed);
        var (_, contentError) = Assert.Single(report.Failed, f => f.File == "Content/News/fixture-news.yaml");
        Assert.Equal($"'image' names media {PhotoKey}, which is not in the library (add a YAML for it under uSync/Media).", contentError);
    }

    [Fact]
    public async Task A_pdf_cannot_be_an_image_nor_an_image_a_report_file()
    {
        var site = await TestSite.CreateSqliteAsync();
        var news = Path.Combine(_folder, "Content", "News", "fixture-news.yaml");
        await File.WriteAllTextAsync(news, (await File.ReadAllTextAsync(news)).Replace("image: 0e5a1f00-0000-4000-8000-0000000000a1", "image: 0e5a1f00-0000-4000-8000-0000000000b2", StringComparison.Ordinal));
        var reportFile = Path.Combine(_folder, "Content", "Reports", "fixture-report.yaml");
        await File.WriteAllTextAsync(reportFile, (await File.ReadAllTextAsync(reportFile)).Replace("en: 0e5a1f00-0000-4000-8000-0000000000b2", "en: 0e5a1f00-0000-4000-8000-0000000000a1", StringComparison.Ordinal));

        var report = await site.USyncImporter.ImportAsync(_folder);

        Assert.Contains(("Content/News/fixture-news.yaml", "'image' must be an image; media 0e5a1f00-0000-4000-8000-0000000000b2 is a Pdf file."), report.Failed);
        Assert.Contains(("Content/Reports/fixture-report.yaml", "'report.files.en' must be a PDF; media 0e5a1f00-0000-4000-8000-0000000000a1 is a Jpeg file."), report.Failed);
    }

    private static async Task<MediaItem> PhotoAsync(TestSite site)
    {
        await using var db = await site.Contexts.CreateDbContextAsync();
        return await db.MediaItems.AsNoTracking().SingleAsync(m => m.Id == PhotoKey);
    }
}
