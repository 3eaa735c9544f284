using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Backoffice;

/// <summary>
/// Uploads are streamed to temporary files, each file held to its limit while it is read; a user
/// without media rights is refused before the body is read; every media action is audited.
/// </summary>
public sealed partial class MediaUploadTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task A_file_over_the_file_limit_is_refused_by_name_and_the_rest_of_the_form_is_kept()
    {
        using var browser = await SignedInAsync("upload.limit@ombudsman.test", BackofficeRoles.Editor);
        var options = site.Services.GetRequiredService<IOptions<MediaOptions>>().Value;
        var limit = options.MaxFileBytes;
        options.MaxFileBytes = 512 * 1024;
        try
        {
            var photo = await File.ReadAllBytesAsync(Path.Combine(TestEnvironment.RepositoryRoot(), "tests", "TestData", "uSync", "Media", "News", "fixture-news-photo.jpg"));
            var response = await browser.SubmitFilesAsync("/backoffice/media", "upload", new Dictionary<string, string> { ["alt-en"] = "Kept with the photo" },
                [("files", "big scan.pdf", new byte[1024 * 1024]), ("files", "small photo.jpg", photo)]);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(browser.LastPage.Contains("Refused: big scan.pdf: The file is 1.0 MB; the limit is 0.5 MB.", StringComparison.Ordinal), browser.LastPage);
            Assert.Contains("Stored: small photo", browser.LastPage, StringComparison.Ordinal);
            Assert.Contains("<span class=\"media-alt\">Kept with the photo</span>", browser.LastPage, StringComparison.Ordinal); // the grid shows the alt text
        }
        finally
        {
            options.MaxFileBytes = limit;
        }

        // The request's temporary files go once it is answered (just after the answer reaches the client).
        var uploads = Path.Combine(site.DataPath, "tmp", "uploads");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Directory.Exists(uploads) && Directory.EnumerateFileSystemEntries(uploads).Any())
        {
            Assert.True(DateTime.UtcNow < deadline, "the request's temporary files were not deleted");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task A_form_between_128_and_256_MB_is_read_and_its_file_refused_by_name_not_a_blank_400()
    {
        using var browser = await SignedInAsync("upload.huge@ombudsman.test", BackofficeRoles.Editor);
        await browser.GetAsync("/backoffice/media");
        await using var huge = new ZeroStream(130L * 1024 * 1024);

        var response = await browser.PostFilesWithTokenOfLastPageAsync("/backoffice/media", new Dictionary<string, string> { ["_handler"] = "upload" }, [("files", "huge report.pdf", huge)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Refused: huge report.pdf: The file is 130.0 MB; the limit is 50 MB.", browser.LastPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_translator_without_media_rights_is_refused_before_the_body_is_read_with_a_page_not_an_error()
    {
        using var browser = await SignedInAsync("upload.translator@ombudsman.test", BackofficeRoles.Translator);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/backoffice/media")).StatusCode);
        Assert.DoesNotContain("name=\"_handler\" value=\"upload\"", browser.LastPage, StringComparison.Ordinal); // no form she cannot use
        await using var file = new ZeroStream(1024 * 1024);

        var response = await browser.PostFilesWithTokenOfLastPageAsync("/backoffice/media", new Dictionary<string, string> { ["_handler"] = "upload" }, [("files", "photo.jpg", file)]);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("<h1>You may not do this</h1>", browser.LastPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/backoffice/media\"", browser.LastPage, StringComparison.Ordinal);
        Assert.True(file.Position < file.Length, "the body was read to its end before the refusal");
        var denied = (await site.Services.GetRequiredService<ContentQueries>().AuditAsync(new AuditQuery { Action = AuditAction.AccessDenied, PageSize = 100 })).Items;
        Assert.Contains(denied, a => a.UserName == "upload.translator" && a.Detail == "ManageMedia: a media form was refused before its body was read");

        await browser.GetAsync("/backoffice/media/0e5a1f00-0000-4000-8000-0000000000a1");
        var describe = await browser.PostWithTokenOfLastPageAsync("/backoffice/media/0e5a1f00-0000-4000-8000-0000000000a1", [new("_handler", "describe"), new("alt-en", "Hers")]);
        Assert.Equal(HttpStatusCode.Forbidden, describe.StatusCode);
    }

    [Fact]
    public async Task Uploading_replacing_describing_moving_and_deleting_a_file_are_each_audited()
    {
        using var browser = await SignedInAsync("upload.audited@ombudsman.test", BackofficeRoles.Editor);
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>"u8.ToArray();
        await browser.SubmitFilesAsync("/backoffice/media", "upload", new Dictionary<string, string>(), [("files", "audited square.svg", svg)]);
        var id = Regex.Match(browser.LastPage, "<a href=\"/backoffice/media/([0-9a-f-]{36})\">audited square</a>").Groups[1].Value;
        var page = $"/backoffice/media/{id}";
        var folder = await site.Services.GetRequiredService<MediaLibrary>().EnsureFolderAsync("Audited/2026");

        Assert.Equal(HttpStatusCode.OK, (await browser.SubmitFilesAsync(page, "replace", new Dictionary<string, string>(), [("file", "audited circle.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><circle r=\"5\"/></svg>"u8.ToArray())])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.SubmitAsync(page, new Dictionary<string, string> { ["alt-en"] = "A grey square" }, formName: "describe")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.SubmitAsync(page, new Dictionary<string, string> { ["folder"] = folder!.Value.ToString("D") }, formName: "move")).StatusCode);
        Assert.Contains(">Audited/2026</option>", browser.LastPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync(page, new Dictionary<string, string>(), formName: "delete")).StatusCode);

        var trail = (await site.Services.GetRequiredService<ContentQueries>().AuditAsync(new AuditQuery { PageSize = 200 })).Items
            .Where(a => a.UserName == "upload.audited" && a.Detail?.Contains($"media {id}", StringComparison.Ordinal) == true).Select(a => a.Action).ToList();
        Assert.Equal([AuditAction.MediaDeleted, AuditAction.MediaMoved, AuditAction.MediaDescribed, AuditAction.MediaReplaced, AuditAction.MediaUploaded], trail);
    }

    private async Task<BackofficeBrowser> SignedInAsync(string email, string role)
    {
        await BackofficeUsers.CreateAsync(site, email, role);
        var browser = new BackofficeBrowser(site);
        Assert.Equal(HttpStatusCode.Redirect, (await BackofficeUsers.SignInAsync(browser, email)).StatusCode);
        return browser;
    }

    /// <summary>A large upload made up as it is read (zeros), so the test holds none of it.</summary>
    private sealed class ZeroStream(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            Array.Clear(buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
