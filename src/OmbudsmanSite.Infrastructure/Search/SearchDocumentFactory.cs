using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Search;
using OmbudsmanSite.Core.Taxonomy;

namespace OmbudsmanSite.Infrastructure.Search;

/// <summary>Turns one published variant into one index document (see <see cref="SearchFields"/>).</summary>
public sealed class SearchDocumentFactory(SiteClock clock)
{
    public static string KeyOf(Guid itemId, string culture) => itemId.ToString("N") + ":" + culture;

    /// <summary>The version of a variant the index holds: it changes whenever the item or the variant is saved.</summary>
    public static long StampOf(ContentItem item, ContentVariant variant)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(variant);
        return Math.Max(item.UpdatedUtc.Ticks, variant.UpdatedUtc.Ticks);
    }

    /// <param name="fileTexts">Text of the documents (report PDFs) the items link, by media id.</param>
    public Document Create(ContentItem item, ContentVariant variant, IReadOnlyDictionary<Guid, TaxonomyItem> taxonomy, IReadOnlyDictionary<Guid, string> fileTexts)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(fileTexts);
        var culture = variant.Culture;
        var body = HtmlText.ToPlainText(variant.BodyHtml);
        var summary = variant.Summary ?? "";
        var key = KeyOf(item.Id, culture);
        var stamp = StampOf(item, variant);
        var document = new Document
        {
            new StringField(SearchFields.Key, key, Field.Store.YES),
            new BinaryDocValuesField(SearchFields.Key, new BytesRef(key)),
            new StringField(SearchFields.ItemId, item.Id.ToString("N"), Field.Store.YES),
            new StringField(SearchFields.Culture, culture, Field.Store.YES),
            new StoredField(SearchFields.Stamp, stamp),
            new NumericDocValuesField(SearchFields.Stamp, stamp),
            new StoredField(SearchFields.Slug, variant.Slug),
            new StoredField(SearchFields.StoredTitle, variant.Title),
            new StoredField(SearchFields.StoredSummary, summary),
            new StoredField(SearchFields.StoredBody, body),
            new TextField(SearchFields.InCulture("title", culture), variant.Title, Field.Store.NO),
            new TextField(SearchFields.InCulture("summary", culture), summary, Field.Store.NO),
            new TextField(SearchFields.InCulture("body", culture), body, Field.Store.NO),
            new TextField(SearchFields.InCulture(SearchFields.Prefix, culture), variant.Title, Field.Store.NO),
            new TextField(SearchFields.InCulture(SearchFields.Words, culture), variant.Title + "\n" + summary + "\n" + body, Field.Store.NO),
        };

        // A report's file in this language is searched too (PdfPig text), below the page's own words.
        if (item.Report?.FileId(culture) is { } file && fileTexts.TryGetValue(file, out var fileText) && fileText.Length > 0)
        {
            document.Add(new TextField(SearchFields.InCulture("file", culture), fileText, Field.Store.NO));
            document.Add(new StoredField(SearchFields.StoredFile, fileText));
        }

        // Dates without one (some legacy items) sort by creation, as the lists do.
        var date = item.DateUtc ?? item.CreatedUtc;
        document.Add(new Int64Field(SearchFields.Date, date.Ticks, Field.Store.YES));
        document.Add(new NumericDocValuesField(SearchFields.Date, date.Ticks));

        if (item.WithdrawnUtc is not null)
        {
            document.Add(new StringField(SearchFields.Withdrawn, "1", Field.Store.YES));
        }

        AddFacet(document, SearchFacet.Type, DocumentTypeAliases.AliasOf(item.Type));
        document.Add(new StoredField(SearchFields.Facet(SearchFacet.Type), DocumentTypeAliases.AliasOf(item.Type)));
        if (item.DateUtc is { } dated)
        {
            document.Add(new StoredField(SearchFields.StoredDate, dated.Ticks));
            AddFacet(document, SearchFacet.Year, clock.ToLocal(dated).Year.ToString(CultureInfo.InvariantCulture));
        }

        if (item.Meeting is { } meeting)
        {
            AddFacet(document, SearchFacet.Format, MeetingFormats.ToAlias(meeting.Format));
            AddNames(document, culture, meeting.Location[culture]);
        }

        var linked = item.Taxonomy.Select(l => l.TaxonomyItemId)
            .Concat(item.Participants.Select(p => p.PersonId))
            .Concat(item.Participants.Where(p => p.OrganisationId is not null).Select(p => p.OrganisationId!.Value))
            .Distinct();
        foreach (var id in linked)
        {
            if (!taxonomy.TryGetValue(id, out var term))
            {
                continue;
            }

            var facet = term.Kind switch
            {
                TaxonomyKind.Topic => SearchFacet.Topic,
                TaxonomyKind.Organisation => SearchFacet.Organisation,
                _ => SearchFacet.Person,
            };
            AddFacet(document, facet, term.Alias);

            // A name in the page's language, and in the others too: a Russian speaker may type the
            // English name of an organisation, and cross-script keys join Latin and Cyrillic spellings.
            foreach (var name in term.Names.Values.Values.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                AddNames(document, culture, name);
            }
        }

        foreach (var role in item.Participants.Select(p => p.Role[culture]))
        {
            AddNames(document, culture, role);
        }

        return document;
    }

    private static void AddFacet(Document document, SearchFacet facet, string value)
    {
        var field = SearchFields.Facet(facet);
        document.Add(new StringField(field, value, Field.Store.NO));
        document.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    private static void AddNames(Document document, string culture, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            document.Add(new TextField(SearchFields.InCulture("names", culture), text, Field.Store.NO));
            document.Add(new TextField(SearchFields.InCulture(SearchFields.Prefix, culture), text, Field.Store.NO));
            document.Add(new TextField(SearchFields.InCulture(SearchFields.Words, culture), text, Field.Store.NO));
        }
    }
}
