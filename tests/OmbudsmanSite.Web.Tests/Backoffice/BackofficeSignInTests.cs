using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Identity;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Web.Tests.Support;
using OtpNet;

namespace OmbudsmanSite.Web.Tests.Backoffice;

/// <summary>Signing in to the backoffice over HTTP, as a browser does: password, authenticator, lockout, cookies, rights.</summary>
public sealed partial class BackofficeSignInTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/backoffice")]
    [InlineData("/backoffice/content/meeting")]
    [InlineData("/backoffice/no/such/page")]
    [InlineData("/backoffice/account/two-factor")]
    public async Task Signed_out_visitors_are_asked_to_sign_in_at_every_backoffice_address(string path)
    {
        using var browser = new BackofficeBrowser(site);
        var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/backoffice/sign-in?ReturnUrl={Uri.EscapeDataString(path)}", Relative(response.Headers.Location!));
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.PostRawAsync($"/backoffice/api/content/{Guid.NewGuid()}/publish", [new("culture", "en")])).StatusCode);
    }

    [Fact]
    public async Task The_sign_in_page_is_never_cached_indexed_or_compressed_and_keeps_the_strict_policy()
    {
        using var browser = new BackofficeBrowser(site);
        var response = await browser.GetAsync("/backoffice/sign-in");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("noindex, nofollow", string.Join(",", response.Headers.GetValues("X-Robots-Tag")));
        Assert.Empty(response.Content.Headers.ContentEncoding);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-", csp, StringComparison.Ordinal);
        Assert.Contains("autocomplete=\"username\"", browser.LastPage, StringComparison.Ordinal);
        Assert.Contains("autocomplete=\"current-password\"", browser.LastPage, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", browser.LastPage, StringComparison.Ordinal);
        Assert.DoesNotContain("js/suggest.js", browser.LastPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_signs_in_sets_up_an_authenticator_and_then_needs_a_code_every_time()
    {
        var admin = await CreateUserAsync("aysel.admin@ombudsman.test", BackofficeRoles.Administrator);
        using var browser = new BackofficeBrowser(site);

        var signedIn = await SignInAsync(browser, admin.Email!);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-backoffice=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("path=/", cookie, StringComparison.Ordinal);
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", cookie, StringComparison.Ordinal);
        Assert.DoesNotContain("domain=", cookie, StringComparison.Ordinal);

        // Required for administrators: nothing opens before the authenticator is set up.
        var dashboard = await browser.GetAsync("/backoffice");
        Assert.Equal("/backoffice/account/two-factor", Relative(dashboard.Headers.Location!));
        var setUp = await browser.GetAsync("/backoffice/account/two-factor");
        Assert.Equal(HttpStatusCode.OK, setUp.StatusCode);
        Assert.Contains("src=\"data:image/png;base64,", browser.LastPage, StringComparison.Ordinal);
        var key = KeyPattern().Match(browser.LastPage).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var code = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow);
        var withoutPassword = await browser.SubmitAsync("/backoffice/account/two-factor", new Dictionary<string, string> { ["Input.Code"] = code }, formName: "enable-2fa");
        Assert.Equal(HttpStatusCode.BadRequest, withoutPassword.StatusCode); // a session left open is not enough to change how she signs in
        await browser.SubmitAsync("/backoffice/account/two-factor", new Dictionary<string, string> { ["Input.Code"] = code, ["currentPassword"] = BackofficeUsers.Password }, formName: "enable-2fa");
        var recoveryCodes = RecoveryCodePattern().Matches(browser.LastPage).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, recoveryCodes.Count);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/backoffice")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostWithTokenOfLastPageAsync("/backoffice/sign-out", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/backoffice")).StatusCode);

        var needsCode = await SignInAsync(browser, admin.Email!);
        Assert.StartsWith("/backoffice/sign-in/code", Relative(needsCode.Headers.Location!), StringComparison.Ordinal);
        var codePage = Relative(needsCode.Headers.Location!);
        await browser.GetAsync(codePage);
        Assert.Contains("autocomplete=\"one-time-code\"", browser.LastPage, StringComparison.Ordinal);

        // The code that turned it on has been used: seen over a shoulder, it does not work again.
        var replay = await browser.SubmitAsync(codePage, new Dictionary<string, string> { ["Input.Code"] = code });
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("aria-invalid=\"true\"", browser.LastPage, StringComparison.Ordinal);

        var withRecoveryCode = await browser.SubmitAsync(codePage, new Dictionary<string, string> { ["Input.Code"] = recoveryCodes[0].ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal) });
        Assert.Equal("/backoffice", Relative(withRecoveryCode.Headers.Location!));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/backoffice")).StatusCode);

        var trail = (await Audit(new AuditQuery { UserId = admin.Id, PageSize = 50 })).Select(a => a.Action).ToList();
        Assert.Equal(2, trail.Count(a => a == AuditAction.SignIn));
        Assert.Contains(AuditAction.SignOut, trail);
        Assert.Contains(AuditAction.TwoFactorEnabled, trail);
        Assert.Contains(AuditAction.RecoveryCodesGenerated, trail);
        Assert.Contains(AuditAction.SignInFailed, trail);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_whichever_session_they_come_from()
    {
        var writer = await CreateUserAsync("rashad.writer@ombudsman.test", BackofficeRoles.Writer);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var anotherSession = new BackofficeBrowser(site);
            await SignInAsync(anotherSession, writer.Email!, "not the password at all");
        }

        using var browser = new BackofficeBrowser(site);
        var rightPassword = await SignInAsync(browser, writer.Email!);

        // Locked: even the right password does not sign in, and the answer is a wrong password's.
        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
        Assert.Contains("or the account is locked for a while", browser.LastPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/backoffice")).StatusCode);
        Assert.Contains((await Audit(new AuditQuery { UserId = writer.Id })), a => a.Action == AuditAction.LockedOut);
    }

    [Fact]
    public async Task Known_unknown_and_locked_addresses_get_the_same_answer_after_the_same_password_hashing()
    {
        var counting = new CountingHasher();
        using var factory = site.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<BackofficeUser>>(counting)));
        using (var scope = factory.Services.CreateScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<BackofficeAccounts>();
            await accounts.CreateAsync("leyla.editor@ombudsman.test", new AccountChanges("Leyla", [BackofficeRoles.Editor], [], null), BackofficeUsers.Password, SystemUsers.Command);
            await accounts.CreateAsync("locked.editor@ombudsman.test", new AccountChanges("Locked", [BackofficeRoles.Editor], [], null), BackofficeUsers.Password, SystemUsers.Command);
        }

        using var browser = new BackofficeBrowser(factory);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await SignInAsync(browser, "locked.editor@ombudsman.test", "guessing again");
        }

        async Task<(int Verifications, string Message, HttpStatusCode Status)> TryAsync(string email, string password)
        {
            counting.Verifications = 0;
            var response = await SignInAsync(browser, email, password);
            return (counting.Verifications, ErrorMessage(browser.LastPage), response.StatusCode);
        }

        var known = await TryAsync("leyla.editor@ombudsman.test", "a wrong password here");
        var unknown = await TryAsync("nobody.at.all@ombudsman.test", "a wrong password here");
        var lockedWrong = await TryAsync("locked.editor@ombudsman.test", "a wrong password here");
        var lockedRight = await TryAsync("locked.editor@ombudsman.test", BackofficeUsers.Password);

        Assert.Equal(1, known.Verifications);
        Assert.Equal(known, unknown);
        Assert.Equal(known, lockedWrong);
        Assert.Equal(known, lockedRight);
    }

    [Fact]
    public async Task A_writer_publishing_gets_403_and_an_audit_entry_while_an_editor_publishes()
    {
        var writer = await CreateUserAsync("nigar.writer@ombudsman.test", BackofficeRoles.Writer);
        var editor = await CreateUserAsync("elchin.editor@ombudsman.test", BackofficeRoles.Editor);
        Guid id;
        await using (var db = await site.Services.GetRequiredService<IDbContextFactory<SiteDbContext>>().CreateDbContextAsync())
        {
            id = await db.PublishedItems.Select(i => i.Id).FirstAsync();
        }

        using var asWriter = new BackofficeBrowser(site);
        await SignInAsync(asWriter, writer.Email!);
        await asWriter.GetAsync("/backoffice");
        var refused = await asWriter.PostWithTokenOfLastPageAsync($"/backoffice/api/content/{id}/publish", [new("culture", "en")]);
        var withoutToken = await asWriter.PostRawAsync($"/backoffice/api/content/{id}/publish", [new("culture", "en")]);

        using var asEditor = new BackofficeBrowser(site);
        await SignInAsync(asEditor, editor.Email!);
        await asEditor.GetAsync("/backoffice");
        var published = await asEditor.PostWithTokenOfLastPageAsync($"/backoffice/api/content/{id}/publish", [new("culture", "en")]);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var denied = Assert.Single(await Audit(new AuditQuery { UserId = writer.Id, Action = AuditAction.AccessDenied }));
        Assert.StartsWith("Publish", denied.Detail, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> SignInAsync(BackofficeBrowser browser, string email, string password = BackofficeUsers.Password) =>
        BackofficeUsers.SignInAsync(browser, email, password);

    private Task<BackofficeUser> CreateUserAsync(string email, string role) => BackofficeUsers.CreateAsync(site, email, role);

    private async Task<IReadOnlyList<AuditEntry>> Audit(AuditQuery query) =>
        (await site.Services.GetRequiredService<ContentQueries>().AuditAsync(query)).Items;

    private static string Relative(Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    private static string ErrorMessage(string page) => ErrorPattern().Match(page).Groups[1].Value;

    [GeneratedRegex("<code class=\"key\">([a-z0-9 ]+)</code>")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li><code>([A-Z0-9]{5}-[A-Z0-9]{5})</code></li>")]
    private static partial Regex RecoveryCodePattern();

    [GeneratedRegex("<p class=\"field-error\" id=\"[a-z]+-error\">([^<]+)</p>")]
    private static partial Regex ErrorPattern();

    private sealed class CountingHasher : IPasswordHasher<BackofficeUser>
    {
        private readonly PasswordHasher<BackofficeUser> _inner = new();

        public int Verifications { get; set; }

        public string HashPassword(BackofficeUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(BackofficeUser user, string hashedPassword, string providedPassword)
        {
            Verifications++;
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
