using System.Net;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Backoffice;

/// <summary>
/// The posts that guess at accounts (sign-in, code, set-password, forgot-password) share one budget per
/// client address; past it the answer is 429 with Retry-After and a page in the user's language, and
/// reading the pages stays free.
/// </summary>
public sealed class SignInRateLimitTests(SignInLimitedSiteFactory site) : IClassFixture<SignInLimitedSiteFactory>
{
    [Fact]
    public async Task Past_the_limit_the_sign_in_forms_answer_429_with_a_page_and_retry_after()
    {
        using var browser = new BackofficeBrowser(site, "az");
        Assert.Equal(HttpStatusCode.OK, (await BackofficeUsers.SignInAsync(browser, "guess1@ombudsman.test", "x")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.SubmitAsync("/backoffice/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "guess2@ombudsman.test" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await BackofficeUsers.SignInAsync(browser, "guess3@ombudsman.test", "x")).StatusCode);

        var refused = await BackofficeUsers.SignInAsync(browser, "guess4@ombudsman.test", "x");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
        Assert.Contains("<h1>Həddən artıq cəhd</h1>", browser.LastPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/backoffice/sign-in\"", browser.LastPage, StringComparison.Ordinal);
        Assert.Equal("no-store", refused.Headers.CacheControl?.ToString());

        var setPassword = await browser.SubmitAsync("/backoffice/set-password?user=x&token=y", new Dictionary<string, string> { ["Input.Password"] = "a", ["Input.Confirm"] = "a" });
        Assert.Equal(HttpStatusCode.TooManyRequests, setPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/backoffice/sign-in")).StatusCode); // reading is not limited
    }
}
