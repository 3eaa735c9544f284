namespace OmbudsmanSite.Core.Content;

/// <summary>What an address that is no live item's answers: a 301 to where the item lives now, 410 Gone, or 404.</summary>
public sealed record MissingAddress(MissingAddressKind Kind, string? NewSlug = null)
{
    public static MissingAddress NotFound { get; } = new(MissingAddressKind.NotFound);

    public static MissingAddress Gone { get; } = new(MissingAddressKind.Gone);
}
