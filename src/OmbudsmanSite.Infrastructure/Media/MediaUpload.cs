using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Infrastructure.Media;

/// <summary>A file for the library: its content, the name it came with, and how editors describe it.</summary>
public sealed record MediaUpload(MediaContent Content, string FileName)
{
    public string? Name { get; init; }

    public Guid? FolderId { get; init; }

    public LocalizedText? AltText { get; init; }

    public LocalizedText? Caption { get; init; }
}
