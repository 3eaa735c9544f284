using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Routing;

namespace OmbudsmanSite.Core;

public static class DependencyInjection
{
    public static IServiceCollection AddOmbudsmanCore(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SiteClock>();
        services.AddSingleton(provider => new SiteCultures(provider.GetRequiredService<IOptions<SiteOptions>>()));
        services.AddSingleton<SiteRouter>();
        return services;
    }
}
