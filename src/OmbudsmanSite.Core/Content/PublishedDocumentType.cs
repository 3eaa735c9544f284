namespace OmbudsmanSite.Core.Content;

/// <summary>A document type's names and descriptions as the public site and the API read them: a value, never the stored entity.</summary>
public sealed record PublishedDocumentType(DocumentType Type, LocalizedText Names, LocalizedText Descriptions)
{
    public static PublishedDocumentType From(DocumentTypeDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new(definition.Type, definition.Names, definition.Descriptions);
    }
}
