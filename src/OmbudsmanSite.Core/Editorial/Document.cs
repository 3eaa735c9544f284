using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// An item as editors know it: its working copy is version <see cref="HeadVersion"/>, each culture's
/// state is a <see cref="DocumentCulture"/>, and what the public sees is a projection written on
/// publish. <see cref="Revision"/> is the concurrency token the database checks on every write.
/// </summary>
public sealed class Document
{
    // For EF Core.
    private Document()
    {
    }

    public Document(Guid id, DocumentType type, ActingUser user, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(user);
        Id = id;
        Type = type;
        CreatedUtc = nowUtc;
        CreatedById = user.Id;
        CreatedByName = user.Name;
        Touch(user, nowUtc);
    }

    public Guid Id { get; private set; }

    public DocumentType Type { get; private set; }

    /// <summary>The version number of the working copy.</summary>
    public int HeadVersion { get; private set; }

    /// <summary>The last version number given out (conflicted versions take numbers too).</summary>
    public int LastVersion { get; private set; }

    /// <summary>The version that last changed the invariant properties.</summary>
    public int InvariantChangedVersion { get; private set; }

    /// <summary>The version whose invariant values are live (Umbraco's rule: any culture's publish publishes them).</summary>
    public int? PublishedInvariantVersion { get; set; }

    public int Revision { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public string CreatedById { get; private set; } = "";

    public string CreatedByName { get; private set; } = "";

    public DateTime UpdatedUtc { get; private set; }

    public string UpdatedById { get; private set; } = "";

    public string UpdatedByName { get; private set; } = "";

    /// <summary>Set while the item is in the recycle bin.</summary>
    public DateTime? DeletedUtc { get; private set; }

    public string? DeletedByName { get; private set; }

    /// <summary>The article's identity on the old site, so a second legacy import finds it. Never public.</summary>
    public string? LegacyId { get; set; }

    /// <summary>The old site's view counter, kept for the record. Never public.</summary>
    public int? LegacyViewCount { get; set; }

    /// <summary>The working copy's lead image, kept beside the versions so lists show a thumbnail without reading any values.</summary>
    public Guid? ImageId { get; private set; }

    public bool IsDeleted => DeletedUtc is not null;

    /// <summary>
    /// When the item was withdrawn (GOV.UK's sense: no longer current, kept at its address with a
    /// notice); null while it stands.
    /// </summary>
    public DateTime? WithdrawnUtc { get; private set; }

    /// <summary>The public explanation of the withdrawal, per language.</summary>
    public LocalizedText WithdrawalExplanation { get; private set; } = LocalizedText.Empty;

    public bool IsWithdrawn => WithdrawnUtc is not null;

    public void Withdraw(DateTime nowUtc, LocalizedText explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        WithdrawnUtc ??= nowUtc;
        WithdrawalExplanation = explanation;
    }

    public void Reinstate()
    {
        WithdrawnUtc = null;
        WithdrawalExplanation = LocalizedText.Empty;
    }

    /// <summary>Follows the working copy's lead image (every version that becomes the head sets it).</summary>
    public void ShowImage(Guid? imageId) => ImageId = imageId;

    /// <summary>Gives out the next version number; <paramref name="becomesHead"/> is false for a kept conflict.</summary>
    public int NextVersion(bool becomesHead, bool invariantChanged)
    {
        LastVersion++;
        if (becomesHead)
        {
            HeadVersion = LastVersion;
        }

        if (invariantChanged)
        {
            InvariantChangedVersion = LastVersion;
        }

        return LastVersion;
    }

    public void Touch(ActingUser user, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(user);
        UpdatedUtc = nowUtc;
        UpdatedById = user.Id;
        UpdatedByName = user.Name;
        Revision++;
    }

    public void MarkDeleted(ActingUser user, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(user);
        DeletedUtc = nowUtc;
        DeletedByName = user.Name;
        Touch(user, nowUtc);
    }

    public void MarkRestored(ActingUser user, DateTime nowUtc)
    {
        DeletedUtc = null;
        DeletedByName = null;
        Touch(user, nowUtc);
    }
}
