namespace OmbudsmanSite.Core.Content;

/// <summary>One live language of a <see cref="PublishedItem"/>.</summary>
public sealed record PublishedVariant(
    string Culture,
    string Title,
    string Slug,
    string? Summary,
    string BodyHtml,
    string? SeoDescription,
    DateTime? PublishedUtc,
    DateTime? FirstPublishedUtc,
    DateTime UpdatedUtc)
{
    /// <summary>When readers were last told of a change (a change note); null when never. Minor changes leave it.</summary>
    public DateTime? PublicUpdatedUtc { get; init; }

    /// <summary>The date readers and machines see as "modified": the last change note's, else the first publish's.</summary>
    public DateTime? PublicModifiedUtc => PublicUpdatedUtc ?? FirstPublishedUtc ?? PublishedUtc;
}
