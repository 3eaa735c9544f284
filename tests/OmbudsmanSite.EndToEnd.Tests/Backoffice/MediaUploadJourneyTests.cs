using Microsoft.Playwright;
using OmbudsmanSite.EndToEnd.Tests.Support;

namespace OmbudsmanSite.EndToEnd.Tests.Backoffice;

/// <summary>
/// The media section's uploads in Debian's chromium: several files dropped at once, each with its
/// progress bar and its own outcome from MediaLibrary's checks, and the chosen-files form doing the same;
/// uploads from inside the editor's pickers.
/// </summary>
[Collection(PublishedSiteTestGroup.Name)]
public sealed class MediaUploadJourneyTests(PublishedSite site, Browser browser) : IAsyncDisposable
{
    private const string Password = "Şəkidə ipək karvansarası";
    private IBrowserContext? _context;

    [Fact]
    public async Task Files_dropped_on_the_media_page_upload_one_by_one_with_progress_and_say_what_happened()
    {
        _context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString(), Locale = "en-GB" });
        var page = await BackofficeSessions.AdministratorAsync(site, _context, "media.officer@ombudsman.test", "Leyla Məmmədova", Password);
        await page.GotoAsync("/backoffice/media");
        var zone = page.Locator("[data-drop-zone]");
        await Assertions.Expect(zone).ToBeVisibleAsync();
        await page.ById("alt-en").FillAsync("Dropped photo of a lesson");
        await BackofficeSessions.CheckAsync(page, "media with drop zone");

        // Every progress bar the page shows is recorded, however quickly localhost finishes.
        await page.EvaluateAsync("""
            () => {
              window.bars = [];
              new MutationObserver(records => records.forEach(r => r.addedNodes.forEach(n => {
                if (n.querySelector && n.querySelector('progress')) window.bars.push(n.querySelector('progress').getAttribute('aria-label'));
              }))).observe(document.querySelector('[data-upload-list]'), { childList: true });
            }
            """);
        var photo = Convert.ToBase64String(await File.ReadAllBytesAsync(Path.Combine(TestEnvironment.RepositoryRoot(), "tests", "TestData", "uSync", "Media", "News", "fixture-news-photo.jpg")));
        await zone.EvaluateAsync("""
            (zone, photo) => {
              const bytes = Uint8Array.from(atob(photo), c => c.charCodeAt(0));
              const files = new DataTransfer();
              files.items.add(new File([bytes], 'dropped lesson.jpg', { type: 'image/jpeg' }));
              files.items.add(new File([new Uint8Array([77, 90, 144, 0, 3, 0, 0, 0])], 'setup.jpg', { type: 'image/jpeg' }));
              files.items.add(new File([new Uint8Array(51 * 1024 * 1024)], 'whole archive.pdf', { type: 'application/pdf' }));
              zone.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
            }
            """, photo);

        var status = page.Locator("[data-upload-status]");
        await Assertions.Expect(status).ToHaveTextAsync("1 of 3 files stored.", new() { Timeout = 30_000 });
        Assert.Equal("status", await status.GetAttributeAsync("role"));
        var outcomes = page.Locator("[data-upload-list] li");
        await Assertions.Expect(outcomes).ToContainTextAsync(
        [
            "Stored: dropped lesson",
            "Refused: setup.jpg: This is not a JPEG, PNG, WebP, AVIF, SVG or PDF file",
            "Refused: whole archive.pdf: the file is larger than 50.0 MB.",
        ]);
        // The file over the limit is refused before it is sent, so it never had a bar.
        Assert.Equal(["Upload of dropped lesson.jpg", "Upload of setup.jpg"], await page.EvaluateAsync<string[]>("window.bars"));

        // The folder's list is the server's, with the new file and its alt text, without a reload.
        var row = page.Locator("#media-items .media-card", new() { HasText = "dropped lesson" });
        await Assertions.Expect(row).ToContainTextAsync("Dropped photo of a lesson");
        Assert.Equal("/backoffice/media", new Uri(page.Url).AbsolutePath);

        // Chosen with the file field and sent with the button: the same path, the same report.
        await page.ById("files").SetInputFilesAsync(new FilePayload { Name = "chosen square.svg", MimeType = "image/svg+xml", Buffer = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"><rect width=\"8\" height=\"8\"/></svg>"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload files" }).ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("1 of 1 files stored.");
        await Assertions.Expect(page.Locator("#media-items")).ToContainTextAsync("chosen square");
        await BackofficeSessions.CheckAsync(page, "media after uploads");

        // A form larger than the server's 30 MB default for a request is read: MediaLibrary answers it.
        var answer = await page.EvaluateAsync<string>("""
            async () => {
              const body = new FormData(document.querySelector('form[data-upload]'));
              body.delete('files');
              body.append('files', new File([new Uint8Array(35 * 1024 * 1024)], 'scan.pdf'));
              const response = await fetch(location.href, { method: 'POST', body });
              return response.status + ' ' + new DOMParser().parseFromString(await response.text(), 'text/html').querySelector('[data-upload-outcomes]')?.textContent.trim();
            }
            """);
        Assert.StartsWith("200 Refused: scan.pdf: This is not a JPEG", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_picture_uploaded_from_inside_the_lead_image_picker_and_the_body_image_button_is_put_to_use_at_once()
    {
        _context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString(), Locale = "en-GB" });
        var page = await BackofficeSessions.AdministratorAsync(site, _context, "picker.officer@ombudsman.test", "Nigar Əliyeva", Password);
        var photo = await File.ReadAllBytesAsync(Path.Combine(TestEnvironment.RepositoryRoot(), "tests", "TestData", "uSync", "Media", "News", "fixture-news-photo.jpg"));
        await page.GotoAsync("/backoffice/content/meeting/new");
        await page.Locator("#title").FillAsync("Şəkilli görüş Lənkəranda");
        await page.Locator("#title").PressAsync("Enter");
        await page.ById("az.title").WaitForAsync();

        // The lead image: no "use it" until it is described in every language (a lead image is never decorative).
        await page.ById("image").ClickAsync();
        var lead = page.ById("image-upload");
        await lead.Locator("input[type=file]").ChooseFileAsync(new FilePayload { Name = "lankaran visit.jpg", MimeType = "image/jpeg", Buffer = photo });
        await Assertions.Expect(lead.GetByRole(AriaRole.Status).First).ToContainTextAsync("Chosen: lankaran visit.jpg");
        var useLead = lead.GetByRole(AriaRole.Button, new() { Name = "Upload and use it" });
        await page.ById("image-upload-alt-az").FillAsync("Ombudsman Lənkəranda sakinlərlə");
        await page.ById("image-upload-alt-en").FillAsync("The Ombudsman with residents of Lankaran");
        await Assertions.Expect(useLead).ToBeDisabledAsync();
        Assert.Equal(0, await page.ById("image-upload-decorative").CountAsync());
        await page.ById("image-upload-alt-ru").FillAsync("Омбудсмен с жителями Лянкярана");
        await useLead.ClickAsync();
        var chosen = page.Locator(".media-picker .media-chosen");
        await Assertions.Expect(chosen).ToContainTextAsync("The Ombudsman with residents of Lankaran", new() { Timeout = 15_000 });
        await Assertions.Expect(chosen.Locator("img")).ToBeVisibleAsync();

        // The body's image button: a dropped-in picture may be marked decorative instead, and lands in the text.
        var body = page.ById("az.body");
        await body.ClickAsync();
        await page.Locator(".rich-text").First.GetByRole(AriaRole.Button, new() { Name = "Image", Exact = true }).ClickAsync();
        var inBody = page.ById("az.body-upload");
        await inBody.Locator("input[type=file]").ChooseFileAsync(new FilePayload { Name = "border ornament.jpg", MimeType = "image/jpeg", Buffer = photo });
        await Assertions.Expect(inBody.GetByRole(AriaRole.Status).First).ToContainTextAsync("Chosen: border ornament.jpg");
        var useInBody = inBody.GetByRole(AriaRole.Button, new() { Name = "Upload and use it" });
        await Assertions.Expect(useInBody).ToBeDisabledAsync();
        await page.ById("az.body-upload-decorative").CheckAsync();
        await Assertions.Expect(page.ById("az.body-upload-alt-en")).ToBeDisabledAsync();
        await useInBody.ClickAsync();
        var picture = body.Locator("img");
        await Assertions.Expect(picture).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        Assert.Equal("", await picture.GetAttributeAsync("alt"));
        Assert.StartsWith("/media/", await picture.GetAttributeAsync("src"), StringComparison.Ordinal);
        await BackofficeSessions.CheckAsync(page, "editor after uploads from the pickers");

        // Saved, both files count as used: the library's "unused" filter leaves them out.
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await page.GetByText("Saved as version 2").WaitForAsync();
        await page.GotoAsync("/backoffice/media");
        await Assertions.Expect(page.Locator("#media-items")).ToContainTextAsync("lankaran visit");
        await Assertions.Expect(page.Locator("#media-items")).ToContainTextAsync("border ornament");
        await page.GotoAsync("/backoffice/media?unused=true");
        await Assertions.Expect(page.Locator("#media-items")).Not.ToContainTextAsync("lankaran visit");
        await Assertions.Expect(page.Locator("#media-items")).Not.ToContainTextAsync("border ornament");
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
    }
}
