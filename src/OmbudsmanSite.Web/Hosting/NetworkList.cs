using System.Net;

namespace OmbudsmanSite.Web.Hosting;

/// <summary>Networks in CIDR form from a setting, with an error naming the setting and the bad value.</summary>
public static class NetworkList
{
    public static IReadOnlyList<IPNetwork> Parse(IEnumerable<string> networks, string setting) =>
        [.. networks.Select(network => IPNetwork.TryParse(network, out var parsed) ? parsed
            : throw new InvalidOperationException($"{setting}: '{network}' is not a network in CIDR form (10.0.0.0/24)."))];
}
