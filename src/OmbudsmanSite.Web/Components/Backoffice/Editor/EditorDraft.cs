using System.Globalization;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Web.Components.Backoffice.Editor;

/// <summary>
/// The editor's form: a mutable copy of <see cref="ContentValues"/> that inputs bind to, turned back
/// into values for the editorial services. Dates are edited in the site's time zone (Baku), never the
/// browser's.
/// </summary>
public sealed class EditorDraft
{
    private EditorDraft(DocumentType type) => Type = type;

    public DocumentType Type { get; }

    /// <summary>The date in the site's time zone, as a datetime-local input holds it ("2026-12-01T09:00").</summary>
    public string LocalDate { get; set; } = "";

    public Guid? ImageId { get; set; }

    public List<Guid> Taxonomy { get; } = [];

    public MeetingFormat Format { get; set; }

    public Dictionary<string, string> Location { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<ParticipantDraft> Participants { get; } = [];

    public string ReportYear { get; set; } = "";

    public ReportKind ReportKind { get; set; }

    public Dictionary<string, Guid?> ReportFiles { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, CultureDraft> Cultures { get; } = new(StringComparer.OrdinalIgnoreCase);

    public CultureDraft Culture(string culture) =>
        Cultures.TryGetValue(culture, out var draft) ? draft : Cultures[culture] = new CultureDraft();

    public static EditorDraft From(DocumentType type, ContentValues values, SiteClock clock, IReadOnlyDictionary<string, string>? slugs = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(clock);
        var draft = new EditorDraft(type)
        {
            LocalDate = values.DateUtc is { } utc ? clock.ToLocalInput(utc) : "",
            ImageId = values.ImageId,
            Format = values.Meeting?.Format ?? default,
            ReportYear = values.Report is { } report ? report.Year.ToString(CultureInfo.InvariantCulture) : "",
            ReportKind = values.Report?.Kind ?? default,
        };
        draft.Taxonomy.AddRange(values.Taxonomy);
        foreach (var (culture, text) in values.Meeting?.Location.Values ?? new Dictionary<string, string>())
        {
            draft.Location[culture] = text;
        }

        draft.Participants.AddRange(values.Meeting?.Participants.Select(ParticipantDraft.From) ?? []);
        foreach (var (culture, id) in values.Report?.Files.Values ?? new Dictionary<string, string>())
        {
            draft.ReportFiles[culture] = Guid.TryParse(id, out var file) ? file : null;
        }

        foreach (var (culture, text) in values.Cultures)
        {
            draft.Cultures[culture] = CultureDraft.From(text);
        }

        foreach (var (culture, slug) in slugs ?? new Dictionary<string, string>())
        {
            draft.Culture(culture).Slug = slug;
        }

        return draft;
    }

    /// <summary>The values to save, or the fields whose text cannot be read (a date or a year that is not one).</summary>
    public (ContentValues Values, IReadOnlyList<FieldError> Errors) ToValues(SiteClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var errors = new List<FieldError>();
        DateTime? dateUtc = null;
        if (!string.IsNullOrWhiteSpace(LocalDate))
        {
            if (clock.TryFromLocalInput(LocalDate, out var utc))
            {
                dateUtc = utc;
            }
            else
            {
                errors.Add(new FieldError(FieldNames.Date, "Enter the date as year-month-day and the time as hours:minutes."));
            }
        }

        ReportValues? report = null;
        if (Type == DocumentType.Report)
        {
            if (!int.TryParse(ReportYear, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                errors.Add(new FieldError(FieldNames.ReportYear, "Enter the report's year in four digits."));
            }

            report = new ReportValues
            {
                Year = year,
                Kind = ReportKind,
                Files = new LocalizedText(ReportFiles.Where(f => f.Value is not null).Select(f => KeyValuePair.Create(f.Key, f.Value!.Value.ToString("D")))),
            };
        }

        var values = new ContentValues
        {
            DateUtc = dateUtc,
            ImageId = ImageId,
            Taxonomy = [.. Taxonomy.Distinct()],
            Meeting = Type == DocumentType.Meeting ? new MeetingValues
            {
                Format = Format,
                Location = new LocalizedText(Location),
                Participants = [.. Participants.Select(p => p.ToValues())],
            }
            : null,
            Report = report,
            Cultures = CultureValues(),
        };
        return (values, errors);
    }

    /// <summary>The texts of the cultures something is typed in, as the services take them.</summary>
    public Dictionary<string, CultureValues> CultureValues() => Cultures
        .Select(c => (c.Key, Values: c.Value.ToValues()))
        .Where(c => c.Values is not null)
        .ToDictionary(c => c.Key, c => c.Values!, StringComparer.OrdinalIgnoreCase);

    /// <summary>Slugs typed for cultures that have no address yet (<paramref name="addressOf"/> gives null), which the save gives them.</summary>
    public IReadOnlyDictionary<string, string> NewSlugs(Func<string, string?> addressOf)
    {
        ArgumentNullException.ThrowIfNull(addressOf);
        return Cultures.Where(c => addressOf(c.Key) is null && !string.IsNullOrWhiteSpace(c.Value.Slug) && !c.Value.IsBlank)
            .ToDictionary(c => c.Key, c => c.Value.Slug.Trim(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>New addresses typed for cultures that have one: each is changed after the save (leaving a redirect when it was live).</summary>
    public IReadOnlyDictionary<string, string> ChangedSlugs(Func<string, string?> addressOf)
    {
        ArgumentNullException.ThrowIfNull(addressOf);
        return Cultures.Where(c => addressOf(c.Key) is { } address && !string.IsNullOrWhiteSpace(c.Value.Slug) && c.Value.Slug.Trim() != address)
            .ToDictionary(c => c.Key, c => c.Value.Slug.Trim(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every slug typed that is not the culture's address: what an autosave keeps.</summary>
    public IReadOnlyDictionary<string, string> TypedSlugs(Func<string, string?> addressOf) =>
        NewSlugs(addressOf).Concat(ChangedSlugs(addressOf)).ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>Shows each culture's current address in its address field (a slug already typed stays).</summary>
    public void ShowAddresses(Func<string, string?> addressOf)
    {
        ArgumentNullException.ThrowIfNull(addressOf);
        foreach (var (culture, draft) in Cultures)
        {
            if (string.IsNullOrWhiteSpace(draft.Slug) && addressOf(culture) is { } address)
            {
                draft.Slug = address;
            }
        }
    }
}
