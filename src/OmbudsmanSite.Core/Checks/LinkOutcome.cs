namespace OmbudsmanSite.Core.Checks;

/// <summary>What checking an external link found, by GOV.UK's link checker's rules (<see cref="LinkRules"/>).</summary>
public enum LinkOutcome
{
    Ok,

    /// <summary>404 or 410: the page is gone.</summary>
    NotFound,

    /// <summary>Another 4xx or a 5xx.</summary>
    Fails,

    /// <summary>A redirect led back to an address already visited.</summary>
    RedirectLoop,

    /// <summary>As many redirects as <see cref="LinkCheckOptions.ErrorRedirects"/> or more.</summary>
    TooManyRedirects,

    /// <summary>No answer: the name does not resolve, the connection is refused, or the time-out passed.</summary>
    Unreachable,

    /// <summary>Reached, through <see cref="LinkCheckOptions.WarningRedirects"/> redirects or more.</summary>
    Redirected,

    /// <summary>Reached, but slower than <see cref="LinkCheckOptions.SlowAfter"/>.</summary>
    Slow,

    /// <summary>The site's certificate or TLS handshake failed.</summary>
    TlsError,
}
