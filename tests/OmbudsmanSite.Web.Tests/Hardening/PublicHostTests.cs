using Microsoft.AspNetCore.Hosting;
using OmbudsmanSite.Web.Hosting;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Hardening;

/// <summary>Outside Development the site refuses to start until its public host is configured.</summary>
public sealed class PublicHostTests
{
    [Theory]
    [InlineData("", "*", false)]
    [InlineData("", "", false)]
    [InlineData(null, null, false)]
    [InlineData("not a url", "*", false)]
    [InlineData("https://ombudsman.az", "*", true)]
    [InlineData("", "ombudsman.az;www.ombudsman.az", true)]
    [InlineData("", "*.ombudsman.az", true)]
    public void A_real_host_is_a_public_base_url_or_an_allowed_host_other_than_any(string? publicBaseUrl, string? allowedHosts, bool configured) =>
        Assert.Equal(configured, PublicHost.IsConfigured(publicBaseUrl, allowedHosts));

    [Fact]
    public void The_site_does_not_start_in_production_with_any_host_allowed()
    {
        using var factory = new AnyHostSiteFactory();

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Set Site:PublicBaseUrl", failure.ToString(), StringComparison.Ordinal);
    }

    private sealed class AnyHostSiteFactory : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(PublicHost.AllowedHostsKey, "*");
        }
    }
}
