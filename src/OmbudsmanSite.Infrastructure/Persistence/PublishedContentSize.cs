using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Core.Taxonomy;

namespace OmbudsmanSite.Infrastructure.Persistence;

/// <summary>
/// An estimate of the memory a cached answer holds: strings at two bytes a character plus a fixed
/// cost per object. Exact to within a small factor, which is all a byte budget needs.
/// </summary>
internal static class PublishedContentSize
{
    private const long ObjectOverhead = 64;

    public static long Of(object? value) => value switch
    {
        null => ObjectOverhead,
        ContentItem item => Of(item),
        PagedList<ContentItem> page => ObjectOverhead + page.Items.Sum(Of),
        IReadOnlyList<ContentItem> items => ObjectOverhead + items.Sum(Of),
        ListingFacets facets => ObjectOverhead + (facets.Years.Count * 8) + facets.Topics.Concat(facets.Organisations).Concat(facets.People).Sum(Of),
        IReadOnlyDictionary<Guid, MediaItem> media => ObjectOverhead + media.Values.Sum(Of),
        _ => ObjectOverhead,
    };

    private static long Of(ContentItem item) =>
        (ObjectOverhead * 4) +
        item.Variants.Sum(v => ObjectOverhead + Text(v.Title) + Text(v.Slug) + Text(v.Summary) + Text(v.BodyHtml) + Text(v.SeoDescription) + Text(v.Culture)) +
        item.Participants.Sum(p => ObjectOverhead + Of(p.Role)) +
        (item.Taxonomy.Count * ObjectOverhead) +
        (item.Meeting is { } meeting ? ObjectOverhead + Of(meeting.Location) : 0) +
        (item.Report is { } report ? ObjectOverhead + Of(report.Files) : 0);

    private static long Of(TaxonomyItem item) => ObjectOverhead + Text(item.Alias) + Of(item.Names);

    private static long Of(MediaItem item) => ObjectOverhead + Text(item.Name) + Text(item.StoragePath) + Text(item.ContentHash) + Of(item.AltText) + Of(item.Caption);

    private static long Of(LocalizedText? text) => text is null ? 0 : ObjectOverhead + text.Values.Sum(pair => ObjectOverhead + Text(pair.Key) + Text(pair.Value));

    private static long Text(string? text) => text is null ? 0 : 24 + (2L * text.Length);
}
