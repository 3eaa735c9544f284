using Microsoft.AspNetCore.Hosting;

namespace OmbudsmanSite.Web.Tests.Support;

/// <summary>The site with the API's own limits in force (a burst of three) and one partner origin allowed to call it from a browser.</summary>
public sealed class ApiLimitedSiteFactory : SiteFactory
{
    public const string PartnerOrigin = "https://partner.example";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Site:Api:RateLimit:Enabled", "true");
        builder.UseSetting("Site:Api:RateLimit:Burst", "3");
        builder.UseSetting("Site:Api:RateLimit:PerPeriod", "1");
        builder.UseSetting("Site:Api:RateLimit:Period", "01:00:00");
        builder.UseSetting("Site:Api:CorsOrigins:0", PartnerOrigin);
    }
}
