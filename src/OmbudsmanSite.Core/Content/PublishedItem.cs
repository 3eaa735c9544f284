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
    /// <summary>Set when the item was withdrawn: its page stays, with this notice.</summary>
    public PublishedWithdrawal? Withdrawal { get; init; }

    public PublishedVariant? GetVariant(string culture) =>
        Variants.FirstOrDefault(v => string.Equals(v.Culture, culture, StringComparison.OrdinalIgnoreCase));

    /// <summary>The topics and organisations linked, the people who took part and the organisations they came for: every name the page shows.</summary>
    public IEnumerable<Guid> LinkedTaxonomyIds() =>
        TaxonomyIds
            .Concat(Participants.Select(p => p.PersonId))
            .Concat(Participants.Where(p => p.OrganisationId is not null).Select(p => p.OrganisationId!.Value));

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
