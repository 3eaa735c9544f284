using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Backoffice;

/// <summary>The media section over HTTP: uploads through MediaLibrary's checks, descriptions, "used by", delete refused in use.</summary>
public sealed partial class MediaSectionTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly Guid LessonPhoto = Guid.Parse("0e5a1f00-0000-4000-8000-0000000000a1");

    [Fact]
    public async Task Several_files_are_uploaded_at_once_and_a_refused_one_says_why()
    {
        using var browser = await SignedInAsync("media.writer@ombudsman.test");
        var photo = await File.ReadAllBytesAsync(Path.Combine(TestEnvironment.RepositoryRoot(), "tests", "TestData", "uSync", "Media", "News", "fixture-news-photo.jpg"));
        var program = new byte[] { (byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0 };

        var response = await browser.SubmitFilesAsync("/backoffice/media", "upload",
            new Dictionary<string, string> { ["alt-en"] = "Pupils at a lesson" },
            [("files", "Lesson again.jpg", photo), ("files", "invoice.jpg", program)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Stored: Lesson again", browser.LastPage, StringComparison.Ordinal);
        Assert.Contains("Refused: invoice.jpg: This is not a JPEG, PNG, WebP, AVIF, SVG or PDF file", browser.LastPage, StringComparison.Ordinal);
        await browser.GetAsync("/backoffice/media?view=list");
        Assert.Contains(">Pupils at a lesson</td>", browser.LastPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_library_is_a_grid_of_thumbnails_or_a_list_filtered_by_type_missing_alt_text_and_use()
    {
        using var browser = await SignedInAsync("media.grid@ombudsman.test");
        var photo = await File.ReadAllBytesAsync(Path.Combine(TestEnvironment.RepositoryRoot(), "tests", "TestData", "uSync", "Media", "News", "fixture-news-photo.jpg"));
        await browser.SubmitFilesAsync("/backoffice/media", "upload", new Dictionary<string, string> { ["alt-az"] = "Dərs", ["alt-en"] = "A lesson" }, [("files", "Grid lesson.jpg", photo)]);
        await browser.SubmitFilesAsync("/backoffice/media", "upload", new Dictionary<string, string>(), [("files", "Grid unlabelled.jpg", photo)]);

        await browser.GetAsync("/backoffice/media");
        Assert.Matches("<li class=\"media-card\"><img src=\"/media/[^\"]+width=320&amp;height=240", browser.LastPage); // a thumbnail cropped for the grid
        Assert.Contains("No alt text in Russian", browser.LastPage, StringComparison.Ordinal); // the labelled one lacks only Russian
        Assert.Contains("No alt text in Azerbaijani, English, Russian", browser.LastPage, StringComparison.Ordinal);

        await browser.GetAsync("/backoffice/media?missingAlt=true&kind=images");
        Assert.Contains(">Grid unlabelled</a>", browser.LastPage, StringComparison.Ordinal);
        await browser.GetAsync("/backoffice/media?kind=documents");
        Assert.DoesNotContain(">Grid unlabelled</a>", browser.LastPage, StringComparison.Ordinal);
        await browser.GetAsync("/backoffice/media?view=list");
        Assert.Contains("<table class=\"content-list\">", browser.LastPage, StringComparison.Ordinal);
        Assert.Contains("<img class=\"thumb\"", browser.LastPage, StringComparison.Ordinal);

        await browser.GetAsync("/backoffice/media?unused=true");
        Assert.Contains(">Grid unlabelled</a>", browser.LastPage, StringComparison.Ordinal);
        Assert.Contains("<span class=\"media-unused\">Not used</span>", browser.LastPage, StringComparison.Ordinal);
        var lesson = (await site.Services.GetRequiredService<MediaQueries>().ItemAsync(LessonPhoto))!;
        var inFolder = $"/backoffice/media?folder={lesson.FolderId}";
        await browser.GetAsync(inFolder);
        Assert.Contains($">{lesson.Name}</a>", browser.LastPage, StringComparison.Ordinal);
        await browser.GetAsync(inFolder + "&unused=true");
        Assert.DoesNotContain($">{lesson.Name}</a>", browser.LastPage, StringComparison.Ordinal); // a published page shows it
    }

    [Fact]
    public async Task A_file_in_use_lists_its_users_and_cannot_be_deleted_while_an_unused_one_can()
    {
        using var browser = await SignedInAsync("media.editor@ombudsman.test");

        await browser.GetAsync($"/backoffice/media/{LessonPhoto}");
        Assert.Contains("Participants at a legal awareness lesson", browser.LastPage, StringComparison.Ordinal);
        var users = Regex.Count(browser.LastPage, "<li><a href=\"/backoffice/content/[0-9a-f-]{36}\">");
        Assert.True(users >= 1, browser.LastPage);

        var refused = await browser.SubmitAsync($"/backoffice/media/{LessonPhoto}", new Dictionary<string, string>(), formName: "delete");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("It is used by", browser.LastPage, StringComparison.Ordinal);

        var described = await browser.SubmitAsync($"/backoffice/media/{LessonPhoto}", new Dictionary<string, string> { ["alt-ru"] = "Участники урока" }, formName: "describe");
        Assert.Equal(HttpStatusCode.OK, described.StatusCode);
        Assert.Contains("value=\"Участники урока\"", browser.LastPage, StringComparison.Ordinal);
        Assert.Contains("value=\"Participants at a legal awareness lesson\"", browser.LastPage, StringComparison.Ordinal);

        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>"u8.ToArray();
        await browser.SubmitFilesAsync("/backoffice/media", "upload", new Dictionary<string, string>(), [("files", "unused square.svg", svg)]);
        var id = Regex.Match(browser.LastPage, "<a href=\"/backoffice/media/([0-9a-f-]{36})\">unused square</a>").Groups[1].Value;
        Assert.NotEmpty(id);
        var deleted = await browser.SubmitAsync($"/backoffice/media/{id}", new Dictionary<string, string>(), formName: "delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/backoffice/media/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_form_over_the_upload_limit_is_sent_back_unread_and_its_page_says_why()
    {
        using var browser = await SignedInAsync("media.large@ombudsman.test");
        var options = site.Services.GetRequiredService<IOptions<MediaOptions>>().Value;
        var limit = options.MaxUploadFormBytes;
        options.MaxUploadFormBytes = 64 * 1024;
        try
        {
            var response = await browser.SubmitFilesAsync("/backoffice/media", "upload", new Dictionary<string, string>(), [("files", "too much.pdf", new byte[100 * 1024])]);
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
            Assert.Equal("/backoffice/media?refused=too-large", response.Headers.Location?.OriginalString);

            await browser.GetAsync("/backoffice/media?refused=too-large");
            Assert.Contains("The upload was larger than 64 KB in all, so nothing was stored.", browser.LastPage, StringComparison.Ordinal);
            Assert.Contains("href=\"#files\"", browser.LastPage, StringComparison.Ordinal);
            Assert.DoesNotContain("too much", browser.LastPage, StringComparison.Ordinal);
        }
        finally
        {
            options.MaxUploadFormBytes = limit;
        }
    }

    private async Task<BackofficeBrowser> SignedInAsync(string email)
    {
        await BackofficeUsers.CreateAsync(site, email, BackofficeRoles.Editor);
        var browser = new BackofficeBrowser(site);
        Assert.Equal(HttpStatusCode.Redirect, (await BackofficeUsers.SignInAsync(browser, email)).StatusCode);
        return browser;
    }
}
