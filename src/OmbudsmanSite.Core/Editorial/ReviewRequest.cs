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

    public IReadOnlyList<string> CultureList => Cultures.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public void Decide(ReviewStatus status, string? comment, ActingUser user, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(user);
        Status = status;
        Comment = comment;
        DecidedByName = user.Name;
        DecidedUtc = nowUtc;
    }
}
