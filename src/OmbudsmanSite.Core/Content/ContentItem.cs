using OmbudsmanSite.Core.Taxonomy;

namespace OmbudsmanSite.Core.Content;

/// <summary>
/// A published item as stored for the public site: the invariant values of the version last
/// published, and one <see cref="ContentVariant"/> per live language. Written only by the editorial
/// services' projection; readers get <see cref="PublishedItem"/> records made from it.
/// </summary>
public sealed class ContentItem
{
    private readonly List<ContentVariant> _variants = [];
    private readonly List<ContentTaxonomyLink> _taxonomy = [];
    private readonly List<MeetingParticipant> _participants = [];

    // For EF Core.
    private ContentItem()
    {
    }

    public ContentItem(Guid id, DocumentType type, DateTime nowUtc)
    {
        Id = id;
        Type = type;
        CreatedUtc = nowUtc;
        UpdatedUtc = nowUtc;
        SortUtc = nowUtc;
        if (type == DocumentType.Meeting)
        {
            Meeting = new MeetingDetails();
        }
        else if (type == DocumentType.Report)
        {
            Report = new ReportDetails();
        }
    }

    public Guid Id { get; private set; }

    public DocumentType Type { get; private set; }

    /// <summary>The date the item is about: a news date, a meeting's start, a report's release. UTC.</summary>
    public DateTime? DateUtc
    {
        get;
        set
        {
            field = value;
            SortUtc = value ?? CreatedUtc;
        }
    }

    /// <summary>
    /// Where lists put the item, newest first: its date, or when it was made if it has none. Stored (and
    /// indexed with the type) so a list walks an index instead of sorting every item, and an undated
    /// item sorts the same on SQLite and PostgreSQL (which put NULLs at opposite ends).
    /// </summary>
    public DateTime SortUtc { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public DateTime UpdatedUtc { get; private set; }

    /// <summary>The item's lead image (a news photo), a media library id.</summary>
    public Guid? ImageId { get; set; }

    public MeetingDetails? Meeting { get; private set; }

    public ReportDetails? Report { get; private set; }

    public IReadOnlyList<ContentVariant> Variants => _variants;

    /// <summary>Topics and organisations (people are linked through <see cref="Participants"/>).</summary>
    public IReadOnlyList<ContentTaxonomyLink> Taxonomy => _taxonomy;

    public IReadOnlyList<MeetingParticipant> Participants => _participants;

    public ContentVariant? GetVariant(string culture) =>
        _variants.FirstOrDefault(v => string.Equals(v.Culture, culture, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every media library item this item uses: its lead image and its report files.</summary>
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

    public ContentVariant AddVariant(string culture, string title, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(culture))
        {
            throw new ContentRuleException("A variant needs a culture.");
        }

        if (GetVariant(culture) is not null)
        {
            throw new ContentRuleException($"The item already has a {culture} variant.");
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            throw new ContentRuleException($"A {culture} title cannot be empty.");
        }

        var variant = new ContentVariant(this, culture, title.Trim(), nowUtc);
        _variants.Add(variant);
        Touch(nowUtc);
        return variant;
    }

    /// <param name="firstPublishedUtc">When the culture first went live, kept by the editorial model across unpublishing.</param>
    public void Publish(string culture, DateTime nowUtc, DateTime? firstPublishedUtc = null)
    {
        var variant = GetVariant(culture) ?? throw new ContentRuleException($"Cannot publish {culture}: the item has no {culture} variant.");
        variant.Publish(nowUtc, firstPublishedUtc);
        Touch(nowUtc);
    }

    public void SetTaxonomy(IEnumerable<Guid> taxonomyItemIds)
    {
        ArgumentNullException.ThrowIfNull(taxonomyItemIds);
        var wanted = taxonomyItemIds.Distinct().ToHashSet();
        _taxonomy.RemoveAll(link => !wanted.Contains(link.TaxonomyItemId));
        foreach (var id in wanted.Where(id => _taxonomy.All(link => link.TaxonomyItemId != id)))
        {
            _taxonomy.Add(new ContentTaxonomyLink { ContentItemId = Id, TaxonomyItemId = id });
        }
    }

    public void SetParticipants(IEnumerable<MeetingParticipant> participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        if (Type != DocumentType.Meeting)
        {
            throw new ContentRuleException("Only meetings have participants.");
        }

        _participants.Clear();
        var order = 0;
        foreach (var participant in participants)
        {
            participant.ContentItemId = Id;
            participant.SortOrder = order++;
            _participants.Add(participant);
        }
    }

    public void Touch(DateTime nowUtc) => UpdatedUtc = nowUtc;

    /// <summary>When the item was withdrawn: it keeps its page, with a notice, but leaves lists, feeds and default search.</summary>
    public DateTime? WithdrawnUtc { get; private set; }

    public LocalizedText WithdrawalExplanation { get; private set; } = LocalizedText.Empty;

    /// <summary>Carries the editorial item's withdrawal (or its absence) onto the published one.</summary>
    public void ShowWithdrawal(DateTime? withdrawnUtc, LocalizedText explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        WithdrawnUtc = withdrawnUtc;
        WithdrawalExplanation = withdrawnUtc is null ? LocalizedText.Empty : explanation;
    }
}
