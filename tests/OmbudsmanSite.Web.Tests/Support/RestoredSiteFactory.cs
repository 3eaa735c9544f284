using Microsoft.AspNetCore.Hosting;

namespace OmbudsmanSite.Web.Tests.Support;

/// <summary>The site over a data folder of the caller's (a restored backup), importing nothing from uSync: all it serves comes from that folder.</summary>
public sealed class RestoredSiteFactory(string dataPath) : SiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Site:DataPath", dataPath);
        builder.UseSetting("Site:ImportUSyncOnStart", "false");
    }
}
