using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Writes what the public reads (<c>ContentItems</c>, <c>ContentVariants</c> and their links) from a
/// version, inside the editorial session. Publishing a culture also publishes the version's invariant
/// values, for every culture that is live (Umbraco's rule). Unpublishing a culture removes only its row.
/// </summary>
internal static class PublishedProjection
{
    public static async Task PublishAsync(SiteDbContext db, Document document, DocumentCulture culture, ContentValues values, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var text = values.Culture(culture.Culture) ?? throw new InvalidOperationException($"Version has no {culture.Culture} values.");
        var item = await LoadAsync(db, document.Id, cancellationToken);
        if (item is null)
        {
            item = new ContentItem(document.Id, document.Type, document.CreatedUtc);
            db.ContentItems.Add(item);
        }

        ApplyInvariants(item, values);
        item.ShowWithdrawal(document.WithdrawnUtc, document.WithdrawalExplanation);
        var variant = item.GetVariant(culture.Culture) ?? item.AddVariant(culture.Culture, text.Title, nowUtc);
        variant.SetTitle(text.Title, nowUtc);
        variant.SetSlug(culture.Slug, nowUtc);
        variant.Summary = text.Summary;
        variant.BodyHtml = text.BodyHtml;
        variant.SeoDescription = text.SeoDescription;
        item.Publish(culture.Culture, nowUtc, culture.FirstPublishedUtc);
    }

    public static async Task UnpublishAsync(SiteDbContext db, Guid documentId, string culture, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var item = await LoadAsync(db, documentId, cancellationToken);
        if (item?.GetVariant(culture) is not { } variant)
        {
            return;
        }

        db.ContentVariants.Remove(variant);
        if (!item.Variants.Any(v => v != variant))
        {
            db.ContentItems.Remove(item);
        }
        else
        {
            item.Touch(nowUtc);
        }
    }

    /// <summary>Shows the item's withdrawal (or its undoing) on its published item; false when nothing of it is live.</summary>
    public static async Task<bool> ShowWithdrawalAsync(SiteDbContext db, Document document, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var item = await db.ContentItems.FirstOrDefaultAsync(c => c.Id == document.Id, cancellationToken);
        if (item is null)
        {
            return false;
        }

        item.ShowWithdrawal(document.WithdrawnUtc, document.WithdrawalExplanation);
        item.Touch(nowUtc);
        return true;
    }

    /// <summary>A live address moves with a slug change.</summary>
    public static async Task ChangeSlugAsync(SiteDbContext db, Guid documentId, string culture, string slug, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var variant = await db.ContentVariants.FirstOrDefaultAsync(v => v.ContentItemId == documentId && v.Culture == culture, cancellationToken);
        variant?.SetSlug(slug, nowUtc);
    }

    /// <summary>Moves the stamp of every published item showing media <paramref name="mediaId"/>, so pages and search pick up its new file; returns their ids.</summary>
    public static async Task<IReadOnlyList<Guid>> TouchMediaUsersAsync(SiteDbContext db, Guid mediaId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var candidates = await db.ContentItems.Where(c => c.ImageId == mediaId || c.Type == DocumentType.Report).ToListAsync(cancellationToken);
        var users = candidates.Where(c => c.MediaIds().Contains(mediaId)).ToList();
        foreach (var item in users)
        {
            item.Touch(nowUtc);
        }

        return [.. users.Select(u => u.Id)];
    }

    private static Task<ContentItem?> LoadAsync(SiteDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.ContentItems.Include(c => c.Variants).Include(c => c.Taxonomy).Include(c => c.Participants)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    private static void ApplyInvariants(ContentItem item, ContentValues values)
    {
        item.DateUtc = values.DateUtc;
        item.ImageId = values.ImageId;
        item.SetTaxonomy(values.Taxonomy);
        if (item.Meeting is { } meeting)
        {
            meeting.Format = values.Meeting?.Format ?? default;
            meeting.Location = values.Meeting?.Location ?? LocalizedText.Empty;
            item.SetParticipants((values.Meeting?.Participants ?? []).Select(p => new MeetingParticipant
            {
                PersonId = p.PersonId,
                OrganisationId = p.OrganisationId,
                Role = p.Role,
            }));
        }

        if (item.Report is { } report)
        {
            report.Year = values.Report?.Year ?? 0;
            report.Kind = values.Report?.Kind ?? default;
            report.Files = values.Report?.Files ?? LocalizedText.Empty;
        }
    }
}
