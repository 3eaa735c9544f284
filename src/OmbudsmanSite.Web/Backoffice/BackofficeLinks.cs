using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Infrastructure.Mail;

namespace OmbudsmanSite.Web.Backoffice;

/// <summary>
/// Absolute backoffice links for messages: on <c>Site:PublicBaseUrl</c> when it is set, else on the
/// origin of the request being served (the host is pinned by AllowedHosts outside Development), else
/// on the last origin a backoffice request came in on (for what the background workers send).
/// </summary>
public sealed class BackofficeLinks(IOptions<SiteOptions> site, IHttpContextAccessor requests) : IBackofficeLinks
{
    private string? _lastOrigin;

    /// <summary>Where links point, without a trailing slash; empty when nothing is known yet (the links are then site-relative).</summary>
    public string Origin
    {
        get
        {
            if (site.Value.PublicBaseUrl is { Length: > 0 } configured)
            {
                return configured.TrimEnd('/');
            }

            if (requests.HttpContext?.Request is { Host.HasValue: true } request)
            {
                Remember(request);
            }

            return _lastOrigin ?? "";
        }
    }

    /// <summary>Notes the origin a backoffice request came in on.</summary>
    public void Remember(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        _lastOrigin = $"{request.Scheme}://{request.Host}";
    }

    public string SetPassword(string userId, string token) => BackofficeAddresses.SetPasswordLink(Origin, userId, token);

    public string Review(long requestId) => Origin + BackofficeAddresses.ReviewRequest(requestId);

    public string Item(Guid id) => Origin + BackofficeAddresses.Item(id);

    public string Account() => Origin + BackofficeAddresses.Account;
}
