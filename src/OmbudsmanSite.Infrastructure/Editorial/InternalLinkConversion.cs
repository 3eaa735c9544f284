using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Routing;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Once, when the migration of that name is applied: links in stored bodies that point at this
/// site's own item addresses (<c>/az/xeberler/slug</c>, or absolute on <c>Site:PublicBaseUrl</c>'s
/// host; an old address found through its redirect) become internal links by id
/// (<see cref="InternalLink"/>), in each item's working copy and in its live text. The same words go
/// to the same item, so this is a change of how links are stored, not of what they say: no new version.
/// </summary>
internal sealed class InternalLinkConversion(SiteCultures cultures, string? publicHost)
{
    private readonly SiteRouter _router = new(cultures);

    /// <summary>The migration that brings the conversion (both providers name it so).</summary>
    public const string MigrationName = "InternalLinks";

    private const int Batch = 200;
    private static readonly HtmlParser Parser = new();

    public async Task<int> RunAsync(SiteDbContext db, CancellationToken cancellationToken)
    {
        var converted = 0;
        var documents = await db.Documents.AsNoTracking().Select(d => new { d.Id, d.HeadVersion }).ToListAsync(cancellationToken);
        foreach (var batch in documents.Chunk(Batch))
        {
            var ids = batch.Select(b => b.Id).ToList();
            var heads = batch.Select(b => new { b.Id, b.HeadVersion }).ToList();
            var versions = await db.DocumentVersions.Where(v => ids.Contains(v.DocumentId)).ToListAsync(cancellationToken);
            foreach (var head in heads)
            {
                var version = versions.FirstOrDefault(v => v.DocumentId == head.Id && v.Number == head.HeadVersion);
                if (version is null || !version.ValuesJson.Contains("href", StringComparison.Ordinal))
                {
                    continue;
                }

                var values = ContentValuesJson.Deserialize(version.ValuesJson);
                var changed = false;
                var cultureValues = new Dictionary<string, CultureValues>(values.Cultures, StringComparer.OrdinalIgnoreCase);
                foreach (var (culture, text) in values.Cultures)
                {
                    if (await ConvertAsync(db, text.BodyHtml, cancellationToken) is { } body)
                    {
                        cultureValues[culture] = text with { BodyHtml = body };
                        changed = true;
                    }
                }

                if (changed)
                {
                    version.ReplaceValues(ContentValuesJson.Serialize(values with { Cultures = cultureValues }));
                    converted++;
                }
            }

            foreach (var variant in await db.ContentVariants.Where(v => ids.Contains(v.ContentItemId)).ToListAsync(cancellationToken))
            {
                if (await ConvertAsync(db, variant.BodyHtml, cancellationToken) is { } body)
                {
                    variant.BodyHtml = body;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return converted;
    }

    /// <summary>The body with its own-site links made internal, or null when none was.</summary>
    private async Task<string?> ConvertAsync(SiteDbContext db, string html, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(html) || !html.Contains("href", StringComparison.Ordinal))
        {
            return null;
        }

        var document = Parser.ParseDocument("<body></body>");
        var body = document.Body!;
        body.InnerHtml = html;
        var changed = false;
        foreach (var link in body.QuerySelectorAll("a[href]"))
        {
            if (OwnPath(link.GetAttribute("href")!) is { } path && _router.Parse(path) is { } route
                && await ItemAddresses.FindAsync(db, route, cancellationToken) is { } id)
            {
                link.SetAttribute("href", InternalLink.HrefOf(id));
                changed = true;
            }
        }

        return changed ? body.InnerHtml : null;
    }

    /// <summary>The path of a link to this site (relative, or absolute on its public host); null for other sites, mail, fragments and queries.</summary>
    private string? OwnPath(string href)
    {
        if (href.Contains('?', StringComparison.Ordinal) || href.Contains('#', StringComparison.Ordinal))
        {
            return null;
        }

        if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
        {
            return Uri.UnescapeDataString(href);
        }

        return publicHost is not null && Uri.TryCreate(href, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && string.Equals(uri.Host, publicHost, StringComparison.OrdinalIgnoreCase)
            ? Uri.UnescapeDataString(uri.AbsolutePath)
            : null;
    }
}
