namespace OmbudsmanSite.Web.Hosting;

/// <summary>
/// Canonical, hreflang and sitemap URLs name the site's host. Outside Development that host must be
/// configured, as <c>Site:PublicBaseUrl</c> or as a real <c>AllowedHosts</c> entry; otherwise any
/// Host header a client sends would end up in those links (and in cached pages).
/// </summary>
public static class PublicHost
{
    public const string AllowedHostsKey = "AllowedHosts";

    public const string Problem =
        "Set Site:PublicBaseUrl (e.g. https://ombudsman.az) or AllowedHosts (e.g. ombudsman.az;www.ombudsman.az) " +
        "to the site's real host: outside Development the site does not start while links would name whatever host a request gives.";

    public static bool IsConfigured(string? publicBaseUrl, string? allowedHosts) =>
        Uri.TryCreate(publicBaseUrl, UriKind.Absolute, out var origin) && origin.Scheme is "http" or "https" ||
        (allowedHosts ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(host => host != "*");
}
