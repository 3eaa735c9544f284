using System.Text;
using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Media;

public sealed class MediaLibraryTests
{
    [Fact]
    public async Task An_upload_is_stored_under_its_id_and_hash_with_the_facts_of_the_file()
    {
        var site = await TestSite.CreateSqliteAsync();
        var bytes = TestImages.Jpeg(1200, 800);
        var alt = new LocalizedText([new("en", "The Ombudsman at a school"), new("az", "Ombudsman məktəbdə")]);

        var result = await site.Media.UploadAsync(new MediaUpload(MediaContent.FromBytes(bytes), "Ombudsman at School (1).JPG") { AltText = alt });

        Assert.Null(result.Error);
        var item = result.Item!;
        Assert.Matches($"^{item.Id:N}/[0-9a-f]{{12}}/ombudsman-at-school-1\\.jpg$", item.StoragePath);
        Assert.Equal((MediaFileKind.Jpeg, 1200, 800, (long)bytes.Length), (item.Kind, item.Width, item.Height, item.Length));
        Assert.Equal(bytes, await site.MediaStorage.ReadAsync(item.StoragePath));
        await using var db = await site.Contexts.CreateDbContextAsync();
        var saved = await db.MediaItems.SingleAsync();
        Assert.Equal("Ombudsman məktəbdə", saved.AltText["az"]);
        Assert.Equal("Ombudsman at School (1)", saved.Name);
    }

    [Fact]
    public async Task A_refused_file_leaves_nothing_behind()
    {
        var site = await TestSite.CreateSqliteAsync();
        var program = Encoding.ASCII.GetBytes("MZ\u0090\0 This program cannot be run in DOS mode.");

        var result = await site.Media.UploadAsync(new MediaUpload(MediaContent.FromBytes(program), "holiday.jpg"));

        Assert.Null(result.Item);
        Assert.Contains("content was checked, not its name", result.Error, StringComparison.Ordinal);
        await using var db = await site.Contexts.CreateDbContextAsync();
        Assert.Equal(0, await db.MediaItems.CountAsync());
        Assert.False(Directory.Exists(site.MediaStorage.Root) && Directory.EnumerateFiles(site.MediaStorage.Root, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task A_file_is_named_by_what_it_is_not_by_what_it_was_called()
    {
        var site = await TestSite.CreateSqliteAsync();

        var result = await site.Media.UploadAsync(new MediaUpload(MediaContent.FromBytes(TestImages.Png(300, 200)), "chart.jpg"));

        Assert.Equal(MediaFileKind.Png, result.Item!.Kind);
        Assert.EndsWith("/chart.png", result.Item.StoragePath, StringComparison.Ordinal);
        Assert.Equal("annual-report-2024-en.pdf", MediaLibrary.StoredFileName("Annual report 2024 (EN).PDF", MediaFileKind.Pdf));
        Assert.Equal("illik-hesabat.pdf", MediaLibrary.StoredFileName("İllik hesabat.pdf", MediaFileKind.Pdf));
        Assert.Equal("file.jpg", MediaLibrary.StoredFileName("../../.jpg", MediaFileKind.Jpeg));
    }

    [Fact]
    public async Task A_pdf_keeps_its_page_count_and_text_for_search()
    {
        var site = await TestSite.CreateSqliteAsync();
        var pdf = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Media", "Reports", "fixture-annual-2024-en.pdf"));

        var result = await site.Media.UploadAsync(new MediaUpload(MediaContent.FromBytes(pdf), "report.pdf"));

        Assert.Equal((MediaFileKind.Pdf, 2), (result.Item!.Kind, result.Item.PageCount));
        await using var db = await site.Contexts.CreateDbContextAsync();
        var text = await db.MediaTexts.SingleAsync(t => t.MediaItemId == result.Item.Id);
        Assert.Contains("quarantine facilities", text.Text, StringComparison.Ordinal);
        Assert.Contains("pensions", text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_file_gets_a_new_path_the_old_file_goes_and_the_pages_using_it_change()
    {
        var site = await TestSite.CreateSqliteAsync();
        var first = (await site.Media.UploadAsync(new MediaUpload(MediaContent.FromBytes(TestImages.Jpeg(800, 600)), "photo.jpg"))).Item!;
        var article = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "A story with a photo" }, ["en"], values => values with { ImageId = first.Id });

        site.Time.Advance(TimeSpan.FromMinutes(5));
        var replaced = await site.Media.ReplaceFileAsync(first.Id, MediaContent.FromBytes(TestImages.Jpeg(640, 480)), "photo.jpg");

        Assert.Null(replaced.Error);
        Assert.NotEqual(first.StoragePath, replaced.Item!.StoragePath);
        Assert.Null(await site.MediaStorage.ReadAsync(first.StoragePath));
        Assert.NotNull(await site.MediaStorage.ReadAsync(replaced.Item.StoragePath));
        Assert.Equal((640, 480), (replaced.Item.Width, replaced.Item.Height));
        await using var check = await site.Contexts.CreateDbContextAsync();
        Assert.Equal(site.Clock.UtcNow, (await check.ContentItems.SingleAsync(c => c.Id == article)).UpdatedUtc);
    }

    [Fact]
    public async Task The_same_file_again_changes_nothing_and_a_bad_replacement_keeps_the_old_file()
    {
        var site = await TestSite.CreateSqliteAsync();
        var bytes = TestImages.Jpeg(400, 300);
        var item = (await site.Media.UploadAsync(new MediaUpload(MediaContent.FromBytes(bytes), "photo.jpg"))).Item!;

        var same = await site.Media.ReplaceFileAsync(item.Id, MediaContent.FromBytes(bytes), "other-name.jpg");
        var truncated = await site.Media.ReplaceFileAsync(item.Id, MediaContent.FromBytes(bytes[..(bytes.Length / 2)]), "photo.jpg");

        Assert.Equal(item.StoragePath, same.Item!.StoragePath);
        Assert.Contains("damaged or incomplete", truncated.Error, StringComparison.Ordinal);
        Assert.Equal(bytes, await site.MediaStorage.ReadAsync(item.StoragePath));
    }

    [Fact]
    public async Task An_upload_into_a_folder_that_does_not_exist_is_refused()
    {
        var site = await TestSite.CreateSqliteAsync();

        var result = await site.Media.UploadAsync(new MediaUpload(MediaContent.FromBytes(TestImages.Jpeg(100, 100)), "a.jpg") { FolderId = Guid.NewGuid() });

        Assert.StartsWith("There is no media folder", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Folder_paths_are_created_once_and_nest()
    {
        var site = await TestSite.CreateSqliteAsync();
        await using var db = await site.Contexts.CreateDbContextAsync();

        var first = await MediaLibrary.EnsureFolderAsync(db, "Reports/2024");
        var again = await MediaLibrary.EnsureFolderAsync(db, " Reports / 2024 ");
        await db.SaveChangesAsync();

        Assert.Equal(first, again);
        var folders = await db.MediaFolders.ToListAsync();
        Assert.Equal(2, folders.Count);
        Assert.Equal(folders.Single(f => f.Name == "Reports").Id, folders.Single(f => f.Name == "2024").ParentId);
        Assert.Null(await MediaLibrary.EnsureFolderAsync(db, ""));
    }
}
