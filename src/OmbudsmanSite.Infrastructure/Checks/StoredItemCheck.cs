using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Infrastructure.Checks;

/// <summary>
/// What the checks last found in one item's working copy, kept for the site-wide report: which
/// version they read, its title and last editor, and its findings. <see cref="CheckReportStore"/>
/// checks again any item whose working copy moved past <see cref="Version"/>.
/// </summary>
public sealed class StoredItemCheck
{
    public const int MaxTitleLength = 300;

    public Guid DocumentId { get; init; }

    /// <summary>The working copy's version checked; -1 when the nightly round asks for a fresh look (links change without a save).</summary>
    public int Version { get; set; }

    public DateTime CheckedUtc { get; set; }

    public DocumentType Type { get; set; }

    public string Title { get; set; } = "";

    /// <summary>The language <see cref="Title"/> is in.</summary>
    public string TitleCulture { get; set; } = "";

    public string EditedBy { get; set; } = "";

    public int Errors { get; set; }

    public int Warnings { get; set; }

    public List<StoredCheckFinding> Findings { get; init; } = [];
}
