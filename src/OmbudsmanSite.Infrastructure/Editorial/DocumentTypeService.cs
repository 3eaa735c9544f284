using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Document types' names, descriptions and allowed blocks (set by the uSync import): written, audited
/// and journalled in one session, so every node's reference data and pages follow a change.
/// </summary>
public sealed class DocumentTypeService(EditorialWriter writer, ReferenceDataCache referenceData)
{
    /// <summary>Creates <paramref name="type"/>'s definition or changes it; a change the public sees is journalled as one.</summary>
    public async Task<EditorialResult> SaveAsync(DocumentType type, LocalizedText names, LocalizedText descriptions, IReadOnlyList<string> blocks, ActingUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(descriptions);
        ArgumentNullException.ThrowIfNull(blocks);
        var result = await writer.RunAsync(user, EditorialRight.ManageSettings, async session =>
        {
            var definition = await session.Db.DocumentTypes.FindAsync([type], cancellationToken);
            var created = definition is null;
            if (definition is null)
            {
                definition = new DocumentTypeDefinition { Type = type };
                session.Db.DocumentTypes.Add(definition);
            }
            else if (definition.Names.Equals(names) && definition.Descriptions.Equals(descriptions) && definition.AllowedBlocks.SequenceEqual(blocks, StringComparer.Ordinal))
            {
                return EditorialResult.Success(null);
            }

            definition.Names = names;
            definition.Descriptions = descriptions;
            definition.AllowedBlocks = [.. blocks];
            session.Audit(AuditAction.DocumentTypeChanged, null, names.Values.Keys, null, DocumentTypeAliases.AliasOf(type));

            // A new type has no items yet: nothing public changes. A changed one's names show on its pages.
            session.Journal(null, [], created ? ContentChangeKind.Draft : ContentChangeKind.Published);
            return EditorialResult.Success(null);
        }, cancellationToken);
        if (result.Status == OperationStatus.Success)
        {
            referenceData.Invalidate();
        }

        return result;
    }
}
