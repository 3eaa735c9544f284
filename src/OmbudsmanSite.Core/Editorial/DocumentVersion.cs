namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// One immutable save: who, when, what changed, and the full values (<see cref="ValuesJson"/>,
/// read through the version store). Nothing updates a version but its <see cref="Keep"/> mark.
/// </summary>
public sealed class DocumentVersion
{
    // For EF Core.
    private DocumentVersion()
    {
    }

    public DocumentVersion(Guid documentId, int number, VersionKind kind, int? basedOn, ActingUser author, DateTime nowUtc, IReadOnlyList<string> culturesChanged, bool invariantChanged, string? comment, string valuesJson)
    {
        ArgumentNullException.ThrowIfNull(author);
        DocumentId = documentId;
        Number = number;
        Kind = kind;
        BasedOn = basedOn;
        AuthorId = author.Id;
        AuthorName = author.Name;
        CreatedUtc = nowUtc;
        CulturesChanged = [.. culturesChanged];
        InvariantChanged = invariantChanged;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        ValuesJson = valuesJson;
    }

    public long Id { get; private set; }

    public Guid DocumentId { get; private set; }

    public int Number { get; private set; }

    public VersionKind Kind { get; private set; }

    /// <summary>The version the editor started from.</summary>
    public int? BasedOn { get; private set; }

    public string AuthorId { get; private set; } = "";

    public string AuthorName { get; private set; } = "";

    public DateTime CreatedUtc { get; private set; }

    public List<string> CulturesChanged { get; private set; } = [];

    public bool InvariantChanged { get; private set; }

    public string? Comment { get; private set; }

    /// <summary>Exempt from cleanup ("keep this version").</summary>
    public bool Keep { get; set; }

    public string ValuesJson { get; private set; } = "";

    /// <summary>
    /// Rewrites how the values are stored, never what they say: only for a change of storage format
    /// applied once by a migration (internal links kept by id instead of address).
    /// </summary>
    public void ReplaceValues(string valuesJson) => ValuesJson = valuesJson;
}
