using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Infrastructure.Persistence;

/// <summary>Turns the stored projection into the immutable records readers get; EF entities never leave Infrastructure.</summary>
internal static class PublishedItemMapper
{
    public static PublishedItem ToRecord(ContentItem item) => new PublishedItem(
        item.Id,
        item.Type,
        item.DateUtc,
        item.CreatedUtc,
        item.UpdatedUtc,
        item.ImageId,
        item.Meeting is { } meeting ? new PublishedMeeting(meeting.Format, meeting.Location) : null,
        item.Report is { } report ? new PublishedReport(report.Year, report.Kind, report.Files) : null,
        [.. item.Variants.Select(v => new PublishedVariant(v.Culture, v.Title, v.Slug, v.Summary, v.BodyHtml, v.SeoDescription, v.PublishedUtc, v.FirstPublishedUtc, v.UpdatedUtc) { PublicUpdatedUtc = v.PublicUpdatedUtc })],
        [.. item.Taxonomy.Select(l => l.TaxonomyItemId)],
        [.. item.Participants.OrderBy(p => p.SortOrder).Select(p => new PublishedParticipant(p.PersonId, p.OrganisationId, p.Role))])
    {
        Withdrawal = item.WithdrawnUtc is { } withdrawn ? new PublishedWithdrawal(withdrawn, item.WithdrawalExplanation) : null,
    };

    public static List<PublishedItem> ToRecords(IEnumerable<ContentItem> items) => [.. items.Select(ToRecord)];
}
