using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// The working copy as the public templates read a published item, so a preview is the page exactly
/// as it will look: the same record, made from the draft's values instead of the projection.
/// </summary>
public static class DraftPreview
{
    public static PublishedItem ToPublishedItem(EditorSnapshot snapshot, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var values = snapshot.Values;
        var document = snapshot.Document;
        return new PublishedItem(
            document.Id,
            document.Type,
            values.DateUtc,
            document.CreatedUtc,
            document.UpdatedUtc,
            values.ImageId,
            values.Meeting is { } meeting ? new PublishedMeeting(meeting.Format, meeting.Location) : null,
            values.Report is { } report ? new PublishedReport(report.Year, report.Kind, report.Files) : null,
            [.. values.Cultures.Select(c => new PublishedVariant(
                c.Key, c.Value.Title, snapshot.Culture(c.Key)?.Slug ?? "", c.Value.Summary, c.Value.BodyHtml, c.Value.SeoDescription,
                nowUtc, nowUtc, document.UpdatedUtc))],
            values.Taxonomy,
            [.. (values.Meeting?.Participants ?? []).Select(p => new PublishedParticipant(p.PersonId, p.OrganisationId, p.Role))]);
    }
}
