namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// One request for review of some cultures of one version: a writer's submission, or the
/// retrospective review a force publish leaves behind. Decided once, by someone other than the
/// person who asked.
/// </summary>
public sealed class ReviewRequest
{
    public const int MaxNoteLength = 1000;

    // For EF Core.
    private ReviewRequest()
    {
    }

    public ReviewRequest(Guid documentId, ReviewKind kind, IEnumerable<string> cultures, int versionNumber, string? note, ActingUser user, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(user);
        DocumentId = documentId;
        Kind = kind;
        Cultures = string.Join(',', cultures);
        VersionNumber = versionNumber;
        Note = note;
        SubmittedById = user.Id;
        SubmittedByName = user.Name;
        SubmittedUtc = nowUtc;
        Status = ReviewStatus.Pending;
    }

    public long Id { get; private set; }

    public Guid DocumentId { get; private set; }

    public ReviewKind Kind { get; private set; }

    /// <summary>Comma-separated culture codes.</summary>
    public string Cultures { get; private set; } = "";

    /// <summary>The version whose text is to be reviewed.</summary>
    public int VersionNumber { get; private set; }

    /// <summary>The submitter's note, or the force publish's reason.</summary>
    public string? Note { get; private set; }

    public string SubmittedById { get; private set; } = "";

    public string SubmittedByName { get; private set; } = "";

    public DateTime SubmittedUtc { get; private set; }

    public ReviewStatus Status { get; private set; }

    public string? DecidedByName { get; private set; }

    public DateTime? DecidedUtc { get; private set; }

    /// <summary>The reviewer's comment (required when sending back).</summary>
    public string? Comment { get; private set; }

    /// <summary>What was decided for each language, as "az=Approved,ru=SentBack" (empty before a decision, and for retrospective reviews).</summary>
    public string Verdicts { get; private set; } = "";

    public IReadOnlyList<string> CultureList => Cultures.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The decision for each language, once decided language by language.</summary>
    public IReadOnlyDictionary<string, ReviewVerdict> VerdictList =>
        Verdicts.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2 && Enum.TryParse<ReviewVerdict>(p[1], out _))
            .ToDictionary(p => p[0], p => Enum.Parse<ReviewVerdict>(p[1]), StringComparer.OrdinalIgnoreCase);

    /// <summary>Decides a submission language by language; its status says whether anything went back.</summary>
    public void Decide(IReadOnlyDictionary<string, ReviewVerdict> verdicts, string? comment, ActingUser user, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        var sentBack = verdicts.Values.Count(v => v == ReviewVerdict.SentBack);
        Decide(sentBack == 0 ? ReviewStatus.Approved : sentBack == verdicts.Count ? ReviewStatus.SentBack : ReviewStatus.PartlySentBack, comment, user, nowUtc);
        Verdicts = string.Join(',', verdicts.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}"));
    }

    public void Decide(ReviewStatus status, string? comment, ActingUser user, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(user);
        Status = status;
        Comment = comment;
        DecidedByName = user.Name;
        DecidedUtc = nowUtc;
    }
}
