namespace OmbudsmanSite.Core.Content;

/// <summary>
/// What an address that is no live item's answers: a 301 to where the item lives now (its slug and
/// section: an item removed as published in error may send visitors to an item of another type), 410 Gone, or 404.
/// </summary>
public sealed record MissingAddress(MissingAddressKind Kind, string? NewSlug = null, DocumentType? NewType = null)
{
    public static MissingAddress NotFound { get; } = new(MissingAddressKind.NotFound);

    public static MissingAddress Gone { get; } = new(MissingAddressKind.Gone);
}
