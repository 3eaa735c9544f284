using Microsoft.AspNetCore.Hosting;

namespace OmbudsmanSite.Web.Tests.Support;

/// <summary>The site with one image job slot and a short wait for it, to see the bound enforced.</summary>
public sealed class OneImageJobSiteFactory : SiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Site:Media:MaxConcurrentImageJobs", "1");
        builder.UseSetting("Site:Media:ImageQueueTimeout", "00:00:00.200");
        builder.UseSetting("Site:Media:ImageRetryAfter", "00:00:03");
    }
}
