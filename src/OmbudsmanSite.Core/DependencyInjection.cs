using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Localization;

namespace OmbudsmanSite.Core;

public static class DependencyInjection
{
    public static IServiceCollection AddOmbudsmanCore(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SiteClock>();
        services.AddSingleton<SiteCultures>();
        return services;
    }
}
