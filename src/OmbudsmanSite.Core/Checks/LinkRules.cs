using System.Globalization;

namespace OmbudsmanSite.Core.Checks;

/// <summary>
/// GOV.UK's link checker's rules. Errors: 404 and 410, any other 4xx or 5xx, a redirect loop, eight
/// redirects or more, no answer at all. Warnings: two redirects or more, an answer slower than five
/// seconds, a TLS failure. The limits are settings.
/// </summary>
public static class LinkRules
{
    public static LinkOutcome Judge(LinkProbeResult probe, LinkCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(options);
        return probe switch
        {
            { Loop: true } => LinkOutcome.RedirectLoop,
            _ when probe.Redirects >= options.ErrorRedirects => LinkOutcome.TooManyRedirects,
            { Failure: LinkFailure.Tls } => LinkOutcome.TlsError,
            { Failure: LinkFailure.TimedOut or LinkFailure.Unreachable } or { StatusCode: null } => LinkOutcome.Unreachable,
            { StatusCode: 404 or 410 } => LinkOutcome.NotFound,
            { StatusCode: >= 400 } => LinkOutcome.Fails,
            _ when probe.Redirects >= options.WarningRedirects => LinkOutcome.Redirected,
            _ when probe.Elapsed > options.SlowAfter => LinkOutcome.Slow,
            _ => LinkOutcome.Ok,
        };
    }

    /// <summary>The finding a link's last check makes, or null when it was fine.</summary>
    public static (ContentCheck Check, CheckSeverity Severity, string[] Values)? Finding(ExternalLinkStatus status, string linkText)
    {
        ArgumentNullException.ThrowIfNull(status);
        var text = linkText.Trim();
        var code = status.StatusCode?.ToString(CultureInfo.InvariantCulture) ?? "";
        return status.Outcome switch
        {
            LinkOutcome.NotFound => (ContentCheck.ExternalLinkNotFound, CheckSeverity.Error, [text, code]),
            LinkOutcome.Fails => (ContentCheck.ExternalLinkFails, CheckSeverity.Error, [text, code]),
            LinkOutcome.RedirectLoop => (ContentCheck.ExternalLinkRedirectLoop, CheckSeverity.Error, [text]),
            LinkOutcome.TooManyRedirects => (ContentCheck.ExternalLinkTooManyRedirects, CheckSeverity.Error, [text, status.Redirects.ToString(CultureInfo.InvariantCulture)]),
            LinkOutcome.Unreachable => (ContentCheck.ExternalLinkUnreachable, CheckSeverity.Error, [text]),
            LinkOutcome.Redirected => (ContentCheck.ExternalLinkRedirected, CheckSeverity.Warning, [text, status.Redirects.ToString(CultureInfo.InvariantCulture)]),
            LinkOutcome.Slow => (ContentCheck.ExternalLinkSlow, CheckSeverity.Warning, [text, status.Elapsed.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)]),
            LinkOutcome.TlsError => (ContentCheck.ExternalLinkTlsError, CheckSeverity.Warning, [text]),
            _ => null,
        };
    }
}
