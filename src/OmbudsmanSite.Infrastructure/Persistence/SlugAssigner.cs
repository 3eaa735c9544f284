using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Slugs;

namespace OmbudsmanSite.Infrastructure.Persistence;

/// <summary>Gives a variant a slug that is unique in its culture and section, unless its slug is frozen.</summary>
internal static class SlugAssigner
{
    public static async Task AssignAsync(SiteDbContext db, ContentItem item, ContentVariant variant, string? requestedSlug, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (variant.IsSlugFrozen)
        {
            return;
        }

        var wanted = string.IsNullOrWhiteSpace(requestedSlug) ? SlugGenerator.Generate(variant.Title) : requestedSlug.Trim();
        if (wanted.Length == 0)
        {
            wanted = item.Type.ToString().ToLowerInvariant();
        }

        var taken = await db.ContentVariants
            .Where(v => v.Culture == variant.Culture && v.DocumentType == item.Type && v.ContentItemId != item.Id && v.Slug.StartsWith(wanted))
            .Select(v => v.Slug)
            .ToListAsync(cancellationToken);
        var unique = SlugGenerator.MakeUnique(wanted, taken.Contains);
        variant.TrySetSlug(unique, nowUtc);
    }
}
