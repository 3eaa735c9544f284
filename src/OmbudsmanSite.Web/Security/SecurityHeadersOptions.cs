namespace OmbudsmanSite.Web.Security;

/// <summary>"Site:SecurityHeaders": the headers every answer carries (pages, errors, feeds, media, JSON).</summary>
public sealed class SecurityHeadersOptions
{
    public const string SectionName = "Site:SecurityHeaders";

    /// <summary>
    /// Scripts and styles only from the site's own files: no inline script or style anywhere. JSON-LD
    /// blocks are data, not script, so the policy does not apply to them. An answer that sets its own
    /// policy (SVG documents get a sandbox) keeps it.
    /// </summary>
    public string ContentSecurityPolicy { get; set; } =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public string ReferrerPolicy { get; set; } = "strict-origin-when-cross-origin";

    public string PermissionsPolicy { get; set; } = "camera=(), microphone=(), geolocation=()";

    public string CrossOriginOpenerPolicy { get; set; } = "same-origin";

    /// <summary>Strict-Transport-Security max-age, sent on HTTPS answers outside Development.</summary>
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);
}
