using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace OmbudsmanSite.Web.Tests.Support;

/// <summary>
/// The site behind a reverse proxy at <see cref="Proxy"/>. The test server has no TCP peer, so each
/// request names the address it comes from in <see cref="PeerHeader"/> (<see cref="Stranger"/> when it
/// does not), set before the site's own pipeline as a socket would.
/// </summary>
public sealed class ProxiedSiteFactory : SiteFactory
{
    public const string PeerHeader = "X-Test-Peer";
    public const string PublicHostName = "ombudsman.test";
    public static readonly IPAddress Proxy = IPAddress.Parse("10.0.0.5");
    public static readonly IPAddress Stranger = IPAddress.Parse("192.0.2.1");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("AllowedHosts", $"localhost;{PublicHostName}");
        builder.UseSetting("Site:ForwardedHeaders:KnownProxies:0", Proxy.ToString());
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new PeerAddress()));
    }

    private sealed class PeerAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.TryParse(context.Request.Headers[PeerHeader], out var peer) ? peer : Stranger;
                return following(context);
            });
            next(app);
        };
    }
}
