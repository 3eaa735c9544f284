using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using OmbudsmanSite.EndToEnd.Tests.Support;
using OtpNet;

namespace OmbudsmanSite.EndToEnd.Tests.Backoffice;

/// <summary>
/// The first administrator, from the command line to the dashboard, by keyboard, in Debian's
/// chromium: create-admin, sign in, set up the authenticator, sign in again with a code. Every page
/// on the way is checked with axe (WCAG 2.0–2.2 A and AA) and at 320 CSS px.
/// </summary>
[Collection(PublishedSiteTestGroup.Name)]
public sealed class BackofficeSignInJourneyTests(PublishedSite site, Browser browser) : IAsyncDisposable
{
    private const string Email = "first.admin@ombudsman.test";
    private const string Password = "Göygöl gölünün sahilində";
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
    private readonly List<IBrowserContext> _contexts = [];

    [Fact]
    public async Task The_first_administrator_signs_in_with_a_password_and_an_authenticator_code()
    {
        var created = await site.RunCommandAsync(null, $"{Password}\n{Password}\n", "create-admin", Email, "--name", "Aysel Məmmədova");
        Assert.True(created.ExitCode == 0, created.Error);

        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/backoffice");
        await page.WaitForURLAsync("**/backoffice/sign-in?ReturnUrl=%2Fbackoffice");
        await CheckAsync(page, "sign-in");

        await SignInByKeyboardAsync(page);
        await page.WaitForURLAsync("**/backoffice/account/two-factor");
        await CheckAsync(page, "two-factor set-up");
        var key = (await page.Locator("code.key").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var totp = new Totp(Base32Encoding.ToBytes(key));
        await page.Locator("#enable-current").FillAsync(Password);
        await page.Locator("#code").FillAsync(totp.ComputeTotp(DateTime.UtcNow));
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(".recovery-codes code").First.WaitForAsync();
        Assert.Equal(10, await page.Locator(".recovery-codes code").CountAsync());
        await CheckAsync(page, "recovery codes");

        await page.GetByRole(AriaRole.Link, new() { Name = "Continue to the dashboard" }).ClickAsync();
        await page.WaitForURLAsync("**/backoffice");
        await CheckAsync(page, "dashboard");
        await page.Locator(".account-menu summary").ClickAsync(); // sign out lives in the account menu
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/backoffice/sign-in");

        await SignInByKeyboardAsync(page);
        await page.WaitForURLAsync("**/backoffice/sign-in/code**");
        await CheckAsync(page, "code");
        Assert.Equal("one-time-code", await page.Locator("#code").GetAttributeAsync("autocomplete"));
        await page.Locator("#code").FillAsync(totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30))); // the next step: the set-up code's step is used up
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/backoffice");
        Assert.Contains("Aysel Məmmədova", await page.Locator("main").TextContentAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "Meetings", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/backoffice/content/meeting");
        Assert.True(await page.Locator("table.content-list tbody tr").CountAsync() >= 5);
        await CheckAsync(page, "meetings list");
        await page.Locator("#words").FillAsync("online");
        await page.GetByText("More filters").ClickAsync(); // the rarer filters wait behind a disclosure
        await page.Locator("#state").SelectOptionAsync("Published");
        await page.Locator("#words").PressAsync("Enter");
        await page.WaitForURLAsync("**/backoffice/content/meeting?words=online**");
        await CheckAsync(page, "filtered meetings list");

        // An administrator adds a translator who may edit only Russian.
        await page.GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/backoffice/users");
        await CheckAsync(page, "users");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a user" }).ClickAsync();
        await page.WaitForURLAsync("**/backoffice/users/new");
        await CheckAsync(page, "new user");
        await page.Locator("#name").FillAsync("Nərgiz Quliyeva");
        await page.Locator("#email").FillAsync("nargiz@ombudsman.test");
        await page.GetByLabel("Translator: edits only the languages below").CheckAsync();
        await page.GetByLabel("Russian").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the user" }).ClickAsync();
        await page.WaitForURLAsync("**/backoffice/users/*?created=true");
        await CheckAsync(page, "user");
        Assert.True(await page.GetByLabel("Russian").IsCheckedAsync());
        Assert.False(await page.GetByLabel("Azerbaijani").IsCheckedAsync());

        // A photo with alt text, through the media section.
        await page.GetByRole(AriaRole.Link, new() { Name = "Media", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/backoffice/media");
        await CheckAsync(page, "media");
        await page.Locator("#files").SetInputFilesAsync(Path.Combine(TestEnvironment.RepositoryRoot(), "tests", "TestData", "uSync", "Media", "News", "fixture-news-photo.jpg"));
        await page.Locator("#alt-en").FillAsync("Pupils at a legal awareness lesson");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload files" }).ClickAsync();
        await page.GetByText("Stored: fixture-news-photo").WaitForAsync();
        await CheckAsync(page, "media after upload");
        await page.GetByRole(AriaRole.Link, new() { Name = "fixture-news-photo" }).First.ClickAsync();
        await page.WaitForURLAsync("**/backoffice/media/*");
        Assert.Equal("Pupils at a legal awareness lesson", await page.Locator("#alt-en").InputValueAsync());
        await CheckAsync(page, "media item");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }

    private static async Task SignInByKeyboardAsync(IPage page)
    {
        await page.Locator("#email").FocusAsync();
        await page.Keyboard.TypeAsync(Email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(Password);
        await page.Keyboard.PressAsync("Enter");
    }

    private static async Task CheckAsync(IPage page, string name)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] }, ResultTypes = [ResultType.Violations] });
        Assert.True(result.Violations.Length == 0, $"{name}:\n" + string.Join("\n", result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        var size = page.ViewportSize;
        await page.SetViewportSizeAsync(320, 640);
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 320, $"{name} is wider than 320px");
        await page.SetViewportSizeAsync(size?.Width ?? 1280, size?.Height ?? 720);
    }
}
