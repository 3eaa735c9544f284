using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Infrastructure.Diagnostics;

namespace OmbudsmanSite.Infrastructure.Tests.Support;

/// <summary>The site's instruments on a meter factory of their own, as the host would give them.</summary>
public static class TestMetrics
{
    public static SiteMetrics Create() =>
        new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());
}
