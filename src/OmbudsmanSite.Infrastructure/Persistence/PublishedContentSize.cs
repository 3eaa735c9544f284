using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Core.Taxonomy;
using OmbudsmanSite.Infrastructure.Caching;

namespace OmbudsmanSite.Infrastructure.Persistence;

/// <summary>An estimate of the memory a cached answer holds (<see cref="ApproximateSize"/>).</summary>
internal static class PublishedContentSize
{
    private const long ObjectOverhead = ApproximateSize.ObjectOverhead;

    public static long Of(object? value) => value switch
    {
        null => ObjectOverhead,
        PublishedItem item => Of(item),
        PagedList<PublishedItem> page => ObjectOverhead + page.Items.Sum(Of),
        IReadOnlyList<PublishedItem> items => ObjectOverhead + items.Sum(Of),
        ListingFacets facets => ObjectOverhead + (facets.Years.Count * 8) + facets.Topics.Concat(facets.Organisations).Concat(facets.People).Sum(Of),
        IReadOnlyDictionary<Guid, MediaItem> media => ObjectOverhead + media.Values.Sum(Of),
        IReadOnlyList<PublishedChangeNote> notes => ObjectOverhead + notes.Sum(n => ObjectOverhead + ApproximateSize.Of(n.Note)),
        _ => ObjectOverhead,
    };

    private static long Of(PublishedItem item) =>
        (ObjectOverhead * 4) +
        item.Variants.Sum(v => ObjectOverhead + ApproximateSize.Of(v.Title) + ApproximateSize.Of(v.Slug) + ApproximateSize.Of(v.Summary) + ApproximateSize.Of(v.BodyHtml) + ApproximateSize.Of(v.SeoDescription) + ApproximateSize.Of(v.Culture)) +
        item.Participants.Sum(p => ObjectOverhead + Of(p.Role)) +
        (item.TaxonomyIds.Count * ObjectOverhead) +
        (item.Meeting is { } meeting ? ObjectOverhead + Of(meeting.Location) : 0) +
        (item.Report is { } report ? ObjectOverhead + Of(report.Files) : 0);

    private static long Of(TaxonomyItem item) => ObjectOverhead + ApproximateSize.Of(item.Alias) + Of(item.Names);

    private static long Of(MediaItem item) => ObjectOverhead + ApproximateSize.Of(item.Name) + ApproximateSize.Of(item.StoragePath) + ApproximateSize.Of(item.ContentHash) + Of(item.AltText) + Of(item.Caption);

    private static long Of(LocalizedText? text) => text is null ? 0 : ObjectOverhead + text.Values.Sum(pair => ObjectOverhead + ApproximateSize.Of(pair.Key) + ApproximateSize.Of(pair.Value));
}
