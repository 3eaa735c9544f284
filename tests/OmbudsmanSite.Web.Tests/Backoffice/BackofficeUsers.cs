using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Identity;
using OtpNet;

namespace OmbudsmanSite.Web.Tests.Backoffice;

/// <summary>Test accounts, made the way create-admin makes them, and signing them in.</summary>
public static class BackofficeUsers
{
    public const string Password = "Xəzər sahilində üç gün";

    public static async Task<BackofficeUser> CreateAsync(WebApplicationFactory<Program> site, string email, string role)
    {
        ArgumentNullException.ThrowIfNull(site);
        using var scope = site.Services.CreateScope();
        var (result, user) = await scope.ServiceProvider.GetRequiredService<BackofficeAccounts>().CreateAsync(email, new AccountChanges(email.Split('@')[0], [role], [], null), Password, SystemUsers.Command);
        Assert.True(result.Succeeded, BackofficeAccounts.Describe(result));
        return user!;
    }

    public static Task<HttpResponseMessage> SignInAsync(BackofficeBrowser browser, string email, string password = Password)
    {
        ArgumentNullException.ThrowIfNull(browser);
        return browser.SubmitAsync("/backoffice/sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    /// <summary>A new account in <paramref name="role"/>, signed in (a role that needs no second factor).</summary>
    public static async Task<(BackofficeUser User, BackofficeBrowser Browser)> SignedInAsync(WebApplicationFactory<Program> site, string email, string role, string language = "en")
    {
        var user = await CreateAsync(site, email, role);
        var browser = new BackofficeBrowser(site, language);
        await SignInAsync(browser, email);
        return (user, browser);
    }

    /// <summary>An administrator with an authenticator already set up, signed in with a code from it.</summary>
    public static async Task<(BackofficeUser User, BackofficeBrowser Browser)> SignedInAdministratorAsync(WebApplicationFactory<Program> site, string email, string language = "en")
    {
        var user = await CreateAsync(site, email, BackofficeRoles.Administrator);
        string key;
        using (var scope = site.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>();
            var stored = (await users.FindByIdAsync(user.Id))!;
            await users.ResetAuthenticatorKeyAsync(stored);
            await users.SetTwoFactorEnabledAsync(stored, true);
            key = (await users.GetAuthenticatorKeyAsync(stored))!;
        }

        var browser = new BackofficeBrowser(site, language);
        var password = await SignInAsync(browser, email);
        var codePage = password.Headers.Location!.IsAbsoluteUri ? password.Headers.Location.PathAndQuery : password.Headers.Location.OriginalString;
        var signedIn = await browser.SubmitAsync(codePage, new Dictionary<string, string> { ["Input.Code"] = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow) });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signedIn.StatusCode);
        return (user, browser);
    }
}
