using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Infrastructure.Media;

/// <summary>A media item as an import describes it: its identity, where it lives in the library, its text and its file.</summary>
public sealed record MediaImport(Guid Key, MediaContent Content, string FileName)
{
    public string? Name { get; init; }

    /// <summary>A folder path such as "Reports/2024"; the root when empty.</summary>
    public string? Folder { get; init; }

    public LocalizedText AltText { get; init; } = LocalizedText.Empty;

    public LocalizedText Caption { get; init; } = LocalizedText.Empty;
}
