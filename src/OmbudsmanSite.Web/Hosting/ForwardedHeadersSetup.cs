using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace OmbudsmanSite.Web.Hosting;

/// <summary>
/// ASP.NET Core's forwarded-headers middleware, told only of the configured proxies (its default
/// trust of loopback is dropped) and only of the site's own host names, so redirects, cookies,
/// HSTS, canonical links and sitemaps say https and the public host behind a TLS-terminating proxy.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddSiteForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ProxyOptions.SectionName);
        services.Configure<ProxyOptions>(section);
        var proxies = section.Get<ProxyOptions>() ?? new ProxyOptions();
        var allowedHosts = (configuration[PublicHost.AllowedHostsKey] ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(host => host != "*")
            .ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.ForwardLimit = Math.Max(1, proxies.ForwardLimit);
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address) ? address
                    : throw new InvalidOperationException($"{ProxyOptions.SectionName}:{nameof(ProxyOptions.KnownProxies)}: '{proxy}' is not an IP address."));
            }

            foreach (var network in NetworkList.Parse(proxies.KnownNetworks, $"{ProxyOptions.SectionName}:{nameof(ProxyOptions.KnownNetworks)}"))
            {
                options.KnownIPNetworks.Add(network);
            }

            // A forwarded host the site does not serve is not believed (the request keeps its own).
            foreach (var host in allowedHosts)
            {
                options.AllowedHosts.Add(host);
            }
        });
        return services;
    }
}
