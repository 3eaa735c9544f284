namespace OmbudsmanSite.Core.Content;

/// <summary>A document type as described in uSync/DocumentTypes: its names and the properties it allows.</summary>
public sealed class DocumentTypeDefinition
{
    public DocumentType Type { get; set; }

    public LocalizedText Names { get; set; } = new();

    public LocalizedText Descriptions { get; set; } = new();

    /// <summary>The invariant properties an item of this type may set, by alias ("meeting", "report").</summary>
    public List<string> AllowedBlocks { get; set; } = [];
}
