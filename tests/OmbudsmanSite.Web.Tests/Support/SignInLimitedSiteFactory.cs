using Microsoft.AspNetCore.Hosting;

namespace OmbudsmanSite.Web.Tests.Support;

/// <summary>The site with the sign-in forms' rate limit on, small enough to reach: three posts, then one an hour.</summary>
public sealed class SignInLimitedSiteFactory : SiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Site:Backoffice:SignInRateLimit:Enabled", "true");
        builder.UseSetting("Site:Backoffice:SignInRateLimit:Burst", "3");
        builder.UseSetting("Site:Backoffice:SignInRateLimit:PerPeriod", "1");
        builder.UseSetting("Site:Backoffice:SignInRateLimit:Period", "01:00:00");
    }
}
