using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Checks;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Checks;

/// <summary>The last check of external addresses, as the content checks read it.</summary>
public sealed class ExternalLinkResults(IDbContextFactory<SiteDbContext> contexts)
{
    /// <summary>The checked ones among <paramref name="urls"/>; an address not yet checked is not in the answer.</summary>
    public async Task<IReadOnlyDictionary<string, ExternalLinkStatus>> StatusesAsync(IReadOnlyCollection<string> urls, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(urls);
        if (urls.Count == 0)
        {
            return new Dictionary<string, ExternalLinkStatus>(StringComparer.Ordinal);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ExternalLinks.AsNoTracking()
            .Where(l => urls.Contains(l.Url) && l.CheckedUtc != null && l.Outcome != null)
            .Select(l => new { l.Url, l.Outcome, l.StatusCode, l.Redirects, l.ElapsedMilliseconds, l.CheckedUtc })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(
            r => r.Url,
            r => new ExternalLinkStatus(r.Outcome!.Value, r.StatusCode, r.Redirects, TimeSpan.FromMilliseconds(r.ElapsedMilliseconds), r.CheckedUtc!.Value),
            StringComparer.Ordinal);
    }

    /// <summary>The external addresses a body links to, as written (http and https only, of a length the table keeps).</summary>
    public static IEnumerable<string> In(IReadOnlyList<BodyElement> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body.Where(e => e.Name == "a" && e.Href is not null).Select(e => e.Href!).Where(IsExternal);
    }

    public static bool IsExternal(string href) =>
        href.Length <= ExternalLink.MaxUrlLength
        && Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
