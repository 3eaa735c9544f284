using OmbudsmanSite.Core.Media;

namespace OmbudsmanSite.Infrastructure.Media;

/// <summary>The stored item, or why the file was refused.</summary>
public sealed record MediaResult(MediaItem? Item, string? Error, string? PreviousPath)
{
    /// <summary>Whether a new file was written to storage (to be deleted again if the save fails).</summary>
    public bool WroteFile { get; init; }

    /// <summary>Refused because the user may not manage media (the refusal is audited).</summary>
    public bool IsForbidden { get; init; }

    public static MediaResult Stored(MediaItem item, string? previousPath) => new(item, null, previousPath);

    public static MediaResult Refused(string error) => new(null, error, null);
}
