using Microsoft.AspNetCore.Hosting;
using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Web.Tests.Support;

/// <summary>
/// The site as shipped for reports: a person publishes one only after review, and with errors the
/// checks found only by force, with a reason.
/// </summary>
public sealed class ReviewedSiteFactory : SiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting($"Site:Editorial:ReviewRequired:{DocumentType.Report}", "true");
        builder.UseSetting($"ContentChecks:ErrorsBlockPublishing:{DocumentType.Report}", "true");
    }
}
