using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OmbudsmanSite.Web.Tests.Support;

/// <summary>
/// The site with a clock that starts at a fixed instant (and then runs, so timers still fire) and a
/// fixed image-signing key: the same content renders the same HTML in every run.
/// </summary>
public sealed class FixedTimeSiteFactory : SiteFactory
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Site:Media:SigningKey", Convert.ToBase64String(Enumerable.Range(1, 32).Select(b => (byte)b).ToArray()));
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new StartingAt(Start))));
    }

    private sealed class StartingAt(DateTimeOffset start) : TimeProvider
    {
        private readonly DateTimeOffset _realStart = System.GetUtcNow();

        public override DateTimeOffset GetUtcNow() => start + (System.GetUtcNow() - _realStart);
    }
}
