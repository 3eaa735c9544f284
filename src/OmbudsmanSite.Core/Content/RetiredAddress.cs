namespace OmbudsmanSite.Core.Content;

/// <summary>
/// The public side's record of an address that is no live item's (the read model's counterpart of
/// the editors' redirects and recycle bin), so a 301 or a 410 is answered without reading editorial
/// tables. Written with every editorial change that moves or retires an address.
/// </summary>
public sealed class RetiredAddress
{
    // For EF Core.
    private RetiredAddress()
    {
    }

    public RetiredAddress(string culture, DocumentType documentType, string slug, RetiredAddressKind kind, Guid? targetItemId)
    {
        Culture = culture;
        DocumentType = documentType;
        Slug = slug;
        Kind = kind;
        TargetItemId = targetItemId;
    }

    public string Culture { get; private set; } = "";

    public DocumentType DocumentType { get; private set; }

    public string Slug { get; private set; } = "";

    public RetiredAddressKind Kind { get; private set; }

    /// <summary>The item a redirect leads to, or the deleted item whose address it was.</summary>
    public Guid? TargetItemId { get; private set; }
}
