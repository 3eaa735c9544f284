using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// Everything an editor can change on an item, invariant and per culture: what one version holds.
/// Immutable, so a version read from the database can be shared and compared safely.
/// </summary>
public sealed record ContentValues
{
    public DateTime? DateUtc { get; init; }

    /// <summary>The lead image, a media library id.</summary>
    public Guid? ImageId { get; init; }

    /// <summary>Linked topics and organisations (people come with <see cref="MeetingValues.Participants"/>).</summary>
    public IReadOnlyList<Guid> Taxonomy { get; init; } = [];

    public MeetingValues? Meeting { get; init; }

    public ReportValues? Report { get; init; }

    public IReadOnlyDictionary<string, CultureValues> Cultures { get; init; } = new Dictionary<string, CultureValues>(StringComparer.OrdinalIgnoreCase);

    public CultureValues? Culture(string culture) => Cultures.TryGetValue(culture, out var values) ? values : null;

    public ContentValues WithCulture(string culture, CultureValues? values)
    {
        var cultures = new Dictionary<string, CultureValues>(Cultures, StringComparer.OrdinalIgnoreCase);
        if (values is null)
        {
            cultures.Remove(culture);
        }
        else
        {
            cultures[culture] = values;
        }

        return this with { Cultures = cultures };
    }

    /// <summary>Whether the invariant properties are the same (cultures are not compared).</summary>
    public bool InvariantEquals(ContentValues other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return DateUtc == other.DateUtc && ImageId == other.ImageId &&
            Taxonomy.Order().SequenceEqual(other.Taxonomy.Order()) &&
            Equals(Meeting, other.Meeting) && Equals(Report, other.Report);
    }

    /// <summary>The cultures whose values differ between this and <paramref name="other"/> (added, removed or edited).</summary>
    public IReadOnlyList<string> CulturesChangedFrom(ContentValues? other) =>
        [.. Cultures.Keys.Union(other?.Cultures.Keys ?? [], StringComparer.OrdinalIgnoreCase)
            .Where(c => !Equals(Culture(c), other?.Culture(c)))
            .Order(StringComparer.Ordinal)];
}
