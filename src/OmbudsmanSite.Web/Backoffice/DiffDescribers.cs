using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Taxonomy;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Web.Backoffice;

/// <summary>Makes the diffs' words for one reader: <see cref="ForAsync"/> her interface culture.</summary>
public sealed class DiffDescribers(BackofficeText text, SiteClock clock, ReferenceDataCache referenceData, SiteCultures cultures)
{
    public async Task<IDiffDescriber> ForAsync(string culture, CancellationToken cancellationToken = default) =>
        new Describer(text, clock, await referenceData.TaxonomyAsync(cancellationToken), culture, cultures.Default.Code);

    /// <summary>Dates in Baku time with the zone named, names in her language (else the site's), formats and kinds in words.</summary>
    private sealed class Describer(BackofficeText text, SiteClock clock, IReadOnlyDictionary<Guid, TaxonomyItem> taxonomy, string culture, string defaultCulture) : IDiffDescriber
    {
        public string Instant(DateTime utc) => text.Due(clock, utc);

        public string Name(Guid taxonomyId) => taxonomy.TryGetValue(taxonomyId, out var item) ? item.Names.Get(culture, defaultCulture) : text["DiffNameGone"];

        public string Format(MeetingFormat format) => text[$"Format_{format}"];

        public string ReportKind(ReportKind kind) => text[$"ReportKind_{kind}"];

        public string Language(string code) => text[$"Language_{code}"];

        public string Localized(LocalizedText value)
        {
            ArgumentNullException.ThrowIfNull(value);
            return value.Get(culture, defaultCulture);
        }
    }
}
