namespace OmbudsmanSite.Core.Content;

/// <summary>
/// A published item as the public site reads it: immutable, shared between requests from the
/// published cache, and without anything editors keep to themselves (legacy ids, drafts).
/// </summary>
public sealed record PublishedItem(
    Guid Id,
    DocumentType Type,
    DateTime? DateUtc,
    DateTime CreatedUtc,
    DateTime UpdatedUtc,
    Guid? ImageId,
    PublishedMeeting? Meeting,
    PublishedReport? Report,
    IReadOnlyList<PublishedVariant> Variants,
    IReadOnlyList<Guid> TaxonomyIds,
    IReadOnlyList<PublishedParticipant> Participants)
{
    public PublishedVariant? GetVariant(string culture) =>
        Variants.FirstOrDefault(v => string.Equals(v.Culture, culture, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<Guid> MediaIds()
    {
        if (ImageId is { } image)
        {
            yield return image;
        }

        foreach (var (_, file) in Report?.FileIds() ?? [])
        {
            yield return file;
        }
    }
}
