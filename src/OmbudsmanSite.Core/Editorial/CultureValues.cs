namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// One culture's text. The slug is not here: an address is not rolled back with the text, and
/// changing it is its own operation, which keeps the old address answering.
/// </summary>
public sealed record CultureValues
{
    public required string Title { get; init; }

    public string? Summary { get; init; }

    public string BodyHtml { get; init; } = "";

    public string? SeoDescription { get; init; }
}
