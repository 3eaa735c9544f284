using System.Diagnostics;
using Microsoft.Playwright;
using OmbudsmanSite.EndToEnd.Tests.Support;

namespace OmbudsmanSite.EndToEnd.Tests.Backoffice;

/// <summary>
/// Accounts in Debian's chromium: set-password links and recovery codes copied with a button, the
/// codes downloaded as a text file, and an open editor ended within seconds when its account is disabled.
/// </summary>
[Collection(PublishedSiteTestGroup.Name)]
public sealed class AccountJourneyTests(PublishedSite site, Browser browser) : IAsyncDisposable
{
    private const string Password = "Naxçıvanda yay axşamları";
    private readonly BrowserContexts _contexts = new(browser, site);

    [Fact]
    public async Task Links_and_recovery_codes_are_copied_and_downloaded_and_a_disabled_account_s_open_editor_ends_within_five_seconds()
    {
        var admin = await BackofficeSessions.AdministratorAsync(site, await _contexts.NewAsync(clipboard: true), "account.admin@ombudsman.test", "Nərmin Əliyeva", Password);

        // New recovery codes, after the password again: copied, and downloaded as a file.
        await admin.GotoAsync("/backoffice/account/two-factor");
        await admin.GetByLabel("Your password, or a code from your authenticator app").FillAsync(Password);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Make new recovery codes" }).ClickAsync();
        await admin.Locator(".recovery-codes code").First.WaitForAsync();
        var codes = await admin.Locator(".recovery-codes code").AllTextContentsAsync();
        await BackofficeSessions.CheckAsync(admin, "recovery codes with copy and download");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Copy the codes" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".copy-status")).ToHaveTextAsync("Copied.");
        Assert.Equal(string.Join("\n", codes), await admin.EvaluateAsync<string>("navigator.clipboard.readText()"));
        var download = await admin.RunAndWaitForDownloadAsync(() => admin.GetByRole(AriaRole.Link, new() { Name = "Download the codes as a text file" }).ClickAsync());
        Assert.Equal("ombudsman-recovery-codes.txt", download.SuggestedFilename);
        var file = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.All(codes, code => Assert.Contains(code, file, StringComparison.Ordinal));

        // A writer's set-password link, copied with its button.
        var writerContext = await _contexts.NewAsync();
        var writer = await BackofficeSessions.AddUserAsync(admin, writerContext, "Səbinə Quliyeva", "account.writer@ombudsman.test", "Writer: creates and edits drafts", Password);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Make a set-password link" }).ClickAsync();
        var link = (await admin.Locator("#set-password-link").TextContentAsync())!.Trim();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Copy the link" }).ClickAsync();
        Assert.Equal(link, await admin.EvaluateAsync<string>("navigator.clipboard.readText()"));
        var userPage = admin.Url;

        // She is writing a meeting when her account is disabled: the editor ends within seconds, keeping her text.
        await writer.GotoAsync("/backoffice/content/meeting/new");
        await writer.Locator("#title").FillAsync("Ombudsman Şəkidə vətəndaşları qəbul etdi");
        await writer.Locator("#title").PressAsync("Enter");
        await writer.ById("az.title").WaitForAsync();
        await writer.ById("az.summary").FillAsync("Yazılan, amma saxlanmayan mətn");
        await admin.GotoAsync(userPage);
        var watch = Stopwatch.StartNew();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Disable the account" }).ClickAsync();
        await admin.GetByText("Saved.").WaitForAsync();
        await writer.Locator(".session-ended").WaitForAsync(new() { Timeout = 5_000 });
        var ended = watch.Elapsed;
        Console.WriteLine($"From the administrator's click to the open editor's end: {ended.TotalSeconds:0.0} s");
        Assert.True(ended < TimeSpan.FromSeconds(5), $"the editor ended after {ended.TotalSeconds:0.0} s");
        Assert.Equal(0, await writer.Locator("form.editor").CountAsync());
        await BackofficeSessions.CheckAsync(writer, "editor whose session ended");
        var refused = await writer.GotoAsync("/backoffice");
        Assert.Contains("/backoffice/sign-in", writer.Url, StringComparison.Ordinal);
        Assert.NotNull(refused);
    }

    public ValueTask DisposeAsync() => _contexts.DisposeAsync();
}
