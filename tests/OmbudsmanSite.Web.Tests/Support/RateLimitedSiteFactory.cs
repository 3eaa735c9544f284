using Microsoft.AspNetCore.Hosting;

namespace OmbudsmanSite.Web.Tests.Support;

/// <summary>The site with small search limits, to see them enforced.</summary>
public sealed class RateLimitedSiteFactory : SiteFactory
{
    public const int SearchBurst = 3;
    public const int SuggestionBurst = 5;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Site:Search:RateLimit:Enabled", "true");
        builder.UseSetting("Site:Search:RateLimit:SearchBurst", SearchBurst.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Site:Search:RateLimit:SearchPerPeriod", "1");
        builder.UseSetting("Site:Search:RateLimit:SuggestionBurst", SuggestionBurst.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Site:Search:RateLimit:SuggestionsPerPeriod", "1");
        builder.UseSetting("Site:Search:RateLimit:Period", "00:10:00");
    }
}
