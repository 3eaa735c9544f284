using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using OtpNet;

namespace OmbudsmanSite.EndToEnd.Tests.Support;

/// <summary>Signed-in backoffice browser sessions on the published site, and the page checks every backoffice test makes.</summary>
public static class BackofficeSessions
{
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    /// <summary>Creates an administrator with create-admin, signs her in and sets up her authenticator.</summary>
    public static async Task<IPage> AdministratorAsync(PublishedSite site, IBrowserContext context, string email, string name, string password)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(context);
        var created = await site.RunCommandAsync(null, $"{password}\n{password}\n", "create-admin", email, "--name", name);
        Assert.True(created.ExitCode == 0, created.Error);
        var page = await context.NewPageAsync();
        await SignInAsync(page, email, password);
        await page.WaitForURLAsync("**/backoffice/account/two-factor");
        var key = (await page.Locator("code.key").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.Locator("#enable-current").FillAsync(password);
        await page.Locator("#code").FillAsync(new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow));
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(".recovery-codes code").First.WaitForAsync();
        await page.GotoAsync("/backoffice");
        return page;
    }

    /// <summary>
    /// Adds a user through the users page as the administrator on <paramref name="admin"/> would, lets
    /// her set her password from the link, and signs her in on a page of <paramref name="context"/>.
    /// </summary>
    public static async Task<IPage> AddUserAsync(IPage admin, IBrowserContext context, string name, string email, string roleLabel, string password, string? translatorCulture = null)
    {
        ArgumentNullException.ThrowIfNull(admin);
        ArgumentNullException.ThrowIfNull(context);
        await admin.GotoAsync("/backoffice/users/new");
        await admin.Locator("#name").FillAsync(name);
        await admin.Locator("#email").FillAsync(email);
        await admin.GetByLabel(roleLabel).CheckAsync();
        if (translatorCulture is not null)
        {
            await admin.GetByLabel(translatorCulture).CheckAsync();
        }

        await admin.GetByRole(AriaRole.Button, new() { Name = "Add the user" }).ClickAsync();
        await admin.WaitForURLAsync("**/backoffice/users/*?created=true");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Make a set-password link" }).ClickAsync();
        var link = (await admin.Locator("code.key").TextContentAsync())!.Trim();
        var page = await context.NewPageAsync();
        await page.GotoAsync(link);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#confirm").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await SignInAsync(page, email, password);
        await page.WaitForURLAsync("**/backoffice");
        return page;
    }

    public static async Task SignInAsync(IPage page, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/backoffice/sign-in");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Keyboard.PressAsync("Enter");
    }

    /// <summary>axe (WCAG 2.0–2.2 A and AA) finds nothing, there is one h1, and nothing scrolls sideways at 320 CSS px.</summary>
    public static async Task CheckAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] }, ResultTypes = [ResultType.Violations] });
        Assert.True(result.Violations.Length == 0, $"{name}:\n" + string.Join("\n", result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        var size = page.ViewportSize;
        await page.SetViewportSizeAsync(320, 640);
        if (await page.EvaluateAsync<int>("document.documentElement.scrollWidth") > 320)
        {
            // Name the elements that stick out, so a failure says where to look.
            var wide = await page.EvaluateAsync<string[]>(
                "[...document.querySelectorAll('body *')].filter(e => e.checkVisibility() && e.getBoundingClientRect().right > 321).slice(-5).map(e => e.parentElement.tagName + '.' + e.parentElement.className + ' > ' + e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))");
            Assert.Fail($"{name} is wider than 320px: {string.Join(", ", wide)}");
        }

        await page.SetViewportSizeAsync(size?.Width ?? 1280, size?.Height ?? 720);
    }

    /// <summary>
    /// Chooses a file in a Blazor <c>InputFile</c> once its script listens: a file set in the moment
    /// between the field's render and that hook-up would go unnoticed (no person is that quick).
    /// </summary>
    public static async Task ChooseFileAsync(this ILocator field, FilePayload file)
    {
        ArgumentNullException.ThrowIfNull(field);
        await field.Page.WaitForFunctionAsync("field => field._blazorInputFileNextFileId !== undefined", await field.ElementHandleAsync());
        await field.SetInputFilesAsync(file);
    }

    /// <summary>An element by id, whatever the id holds ("az.title" is not a CSS selector).</summary>
    public static ILocator ById(this IPage page, string id)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator($"[id=\"{id}\"]");
    }
}
