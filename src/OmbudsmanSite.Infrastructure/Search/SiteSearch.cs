using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Infrastructure.Diagnostics;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Search;

namespace OmbudsmanSite.Infrastructure.Search;

/// <summary>
/// Answers searches from the index: the query's culture first, then (when widened) the others;
/// facet counts, highlighted titles and snippets, and "did you mean" when nothing matched.
/// </summary>
public sealed class SiteSearch(SearchIndex index, SearchAnalysis analysis, SearchQueryBuilder queries, SiteClock clock, IOptions<SearchOptions> options, SiteMetrics metrics) : ISiteSearch, IDisposable
{
    /// <summary>Deep pages cost as much as all the pages before them; nobody reads this far.</summary>
    public const int MaxResultDepth = 1000;

    // Searches run on the caller's thread and hold a searcher and their collectors while they run:
    // a flood of them waits here rather than pinning old searchers and growing the thread pool.
    private readonly SemaphoreSlim _running = new(
        options.Value.MaxConcurrentSearches > 0 ? options.Value.MaxConcurrentSearches : 2 * Environment.ProcessorCount);

    public SearchIndexStatus Status => index.Status;

    public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return RunAsync(() => Search(query), suggestion: false, cancellationToken);
    }

    public Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string culture, string text, int count, CancellationToken cancellationToken = default) =>
        RunAsync(() => Suggest(culture, text, count), suggestion: true, cancellationToken);

    private async Task<T> RunAsync<T>(Func<T> search, bool suggestion, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await _running.WaitAsync(cancellationToken);
        try
        {
            return search();
        }
        finally
        {
            _running.Release();
            metrics.SearchTook(System.Diagnostics.Stopwatch.GetElapsedTime(started), suggestion);
        }
    }

    public void Dispose() => _running.Dispose();

    private SearchResults Search(SearchQuery query)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        using var lease = index.Acquire();
        if (lease is null)
        {
            return SearchResults.Empty(index.Status == SearchIndexStatus.Ready ? SearchIndexStatus.Unavailable : index.Status, pageSize);
        }

        var settings = options.Value;
        var text = QueryText.Parse(query.Text, SearchQuery.MaxTextLength, settings.MaxWords);
        if (text.IsEmpty && !query.HasFilters)
        {
            return SearchResults.Empty(index.Status, pageSize);
        }

        var culture = analysis.Cultures.Contains(query.Culture) ? query.Culture : analysis.Cultures[0];
        var others = analysis.Cultures.Where(c => c != culture).ToList();
        var textQueries = new Dictionary<string, Query>(StringComparer.Ordinal);
        void AddTextQueries(IEnumerable<string> cultures)
        {
            foreach (var code in cultures)
            {
                Query? textQuery = text.IsEmpty ? new MatchAllDocsQuery() : queries.ForCulture(text, code, analysis, lease.Searcher.IndexReader);
                if (textQuery is not null)
                {
                    textQueries[code] = textQuery;
                }
            }
        }

        // The other languages are analysed only when they are searched or counted (see below), or
        // when the page's language keeps nothing of the words.
        AddTextQueries([culture]);
        var othersAnalysed = textQueries.Count == 0;
        if (othersAnalysed)
        {
            AddTextQueries(others);
        }

        if (textQueries.Count == 0)
        {
            // Only characters that analysis drops ("*", "~", "\"): nothing to look for.
            return SearchResults.Empty(index.Status, pageSize);
        }

        var sort = query.Sort == SearchSort.Newest || text.IsEmpty
            ? new Sort(new SortField(SearchFields.Date, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE)
            : null;
        var page = Math.Max(1, query.Page);
        var offset = Math.Min((page - 1) * pageSize, MaxResultDepth);
        var searcher = lease.Searcher;
        var counts = new Dictionary<SearchFacet, Dictionary<string, int>>();

        var first = Collect(searcher, Scoped(textQueries, [culture], query), counts, sort, offset + pageSize);
        var firstHits = first.Docs.Skip(offset).ToList();
        var othersNeeded = query.AllLanguages || first.Total < pageSize;
        if (othersNeeded && !othersAnalysed)
        {
            AddTextQueries(others);
        }

        var othersQuery = othersNeeded ? Scoped(textQueries, others, query) : null;
        var second = query.AllLanguages
            ? Collect(searcher, othersQuery, counts, sort, Math.Max(0, offset - first.Total) + pageSize - firstHits.Count)
            : othersQuery is null
                ? ([], 0) // Enough here: the page offers the other languages without counting them.
                : Collect(searcher, new ConstantScoreQuery(othersQuery), counts: null, sort: null, wanted: 0, stopAfter: SearchResults.OtherLanguagesCountLimit);
        var pageDocs = firstHits;
        if (query.AllLanguages && firstHits.Count < pageSize)
        {
            pageDocs.AddRange(second.Docs.Skip(Math.Max(0, offset - first.Total)).Take(pageSize - firstHits.Count));
        }

        var total = query.AllLanguages ? first.Total + second.Total : first.Total;
        var otherCount = query.AllLanguages ? 0 : second.Total;
        var hits = pageDocs.Count == 0 ? [] : Hits(searcher, pageDocs, textQueries, highlight: !text.IsEmpty);
        var didYouMean = total == 0 && otherCount == 0 && text.Words.Count > 0
            ? DidYouMean(searcher.IndexReader, text, query.AllLanguages ? [culture, .. others] : [culture])
            : null;
        return new SearchResults(hits, total, otherCount, Facets(counts, query), didYouMean, index.Status, page, pageSize);
    }

    private IReadOnlyList<SearchSuggestion> Suggest(string culture, string typed, int count)
    {
        using var lease = index.Acquire();
        if (lease is null || !analysis.Cultures.Contains(culture) || string.IsNullOrWhiteSpace(typed))
        {
            return [];
        }

        var text = QueryText.Parse(typed.Replace('"', ' '), SearchQuery.MaxTextLength, options.Value.MaxWords);
        var query = queries.ForSuggestions(text, lastWordIsPrefix: !char.IsWhiteSpace(typed[^1]), culture, analysis);
        if (query is null)
        {
            return [];
        }

        var scoped = new BooleanQuery(disableCoord: true)
        {
            { query, Occur.MUST },
            { new TermQuery(new Term(SearchFields.Culture, culture)), Occur.MUST },
            { WithdrawnItems, Occur.MUST_NOT },
        };
        var top = lease.Searcher.Search(scoped, null, Math.Clamp(count, 1, 20), new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.Date, SortFieldType.INT64, reverse: true)));
        return [.. top.ScoreDocs.Select(d => lease.Searcher.Doc(d.Doc)).Select(doc => new SearchSuggestion(
            Guid.ParseExact(doc.Get(SearchFields.ItemId), "N"),
            TypeOf(doc),
            doc.Get(SearchFields.Culture),
            doc.Get(SearchFields.Slug),
            doc.Get(SearchFields.StoredTitle)))];
    }

    private static TermQuery WithdrawnItems => new(new Term(SearchFields.Withdrawn, "1"));

    /// <summary>
    /// The text queries of <paramref name="cultures"/>, each limited to its culture's documents, and
    /// the filters: facet values and the date range, which narrow without scoring.
    /// </summary>
    private BooleanQuery? Scoped(Dictionary<string, Query> textQueries, IReadOnlyList<string> cultures, SearchQuery query)
    {
        var anyCulture = new BooleanQuery(disableCoord: true);
        foreach (var code in cultures)
        {
            if (!textQueries.TryGetValue(code, out var textQuery))
            {
                continue;
            }

            // Words are searched in the culture's own fields ("title.az"), which only its documents
            // have; browsing without words needs the culture named.
            anyCulture.Add(
                textQuery is MatchAllDocsQuery ? new TermQuery(new Term(SearchFields.Culture, code)) : textQuery,
                Occur.SHOULD);
        }

        if (anyCulture.Clauses.Count == 0)
        {
            return null;
        }

        var filtered = new BooleanQuery(disableCoord: true) { { anyCulture, Occur.MUST } };
        if (!query.IncludeWithdrawn)
        {
            filtered.Add(WithdrawnItems, Occur.MUST_NOT);
        }

        foreach (var facet in SearchFields.Facets)
        {
            if (query.FilterValue(facet) is { } value)
            {
                filtered.Add(new ConstantScoreQuery(new TermQuery(new Term(SearchFields.Facet(facet), value))) { Boost = 0 }, Occur.MUST);
            }
        }

        if (query.From is not null || query.To is not null)
        {
            long? from = query.From is { } day ? clock.LocalMidnightUtc(day).Ticks : null;
            long? to = query.To is { } last ? clock.LocalMidnightUtc(last.AddDays(1)).Ticks : null;
            filtered.Add(new ConstantScoreQuery(NumericRangeQuery.NewInt64Range(SearchFields.Date, from, to, minInclusive: true, maxInclusive: false)) { Boost = 0 }, Occur.MUST);
        }

        return filtered;
    }

    private static (List<ScoreDoc> Docs, int Total) Collect(
        IndexSearcher searcher, Query? query, Dictionary<SearchFacet, Dictionary<string, int>>? counts, Sort? sort, int wanted, int stopAfter = int.MaxValue)
    {
        if (query is null)
        {
            return ([], 0);
        }

        // Out of order: a query of words alone may then be scored in windows (BooleanScorer), much
        // faster over a common word's many matches; ties still go to the lower document number.
        ITopDocsCollector? top = wanted <= 0 ? null
            : sort is null ? TopScoreDocCollector.Create(wanted, docsScoredInOrder: false)
            : TopFieldCollector.Create(sort, wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        var collector = new FacetingCollector((ICollector?)top, counts, stopAfter);
        try
        {
            searcher.Search(query, collector);
        }
        catch (FacetingCollector.EnoughException)
        {
            // Counted as far as needed.
        }

        collector.Finish();
        return (top is null ? [] : [.. top.GetTopDocs().ScoreDocs], collector.TotalHits);
    }

    private SearchHit[] Hits(IndexSearcher searcher, List<ScoreDoc> docs, Dictionary<string, Query> textQueries, bool highlight)
    {
        var stored = docs.Select(d => searcher.Doc(d.Doc)).ToList();
        var termsByCulture = stored.Select(d => d.Get(SearchFields.Culture)).Distinct(StringComparer.Ordinal).ToDictionary(
            culture => culture,
            culture => highlight && textQueries.TryGetValue(culture, out var textQuery) ? MatchedTerms(searcher, textQuery) : [],
            StringComparer.Ordinal);

        // Highlighting re-analyses each hit's text: the biggest part of a search, and independent per hit.
        var hits = new SearchHit[docs.Count];
        Parallel.For(0, docs.Count, i => hits[i] = Hit(stored[i], docs[i].Score, termsByCulture));
        return hits;
    }

    private SearchHit Hit(Document doc, float score, Dictionary<string, HashSet<string>> termsByCulture)
    {
        var culture = doc.Get(SearchFields.Culture);
        var terms = termsByCulture[culture];
        var title = doc.Get(SearchFields.StoredTitle);
        var summary = doc.Get(SearchFields.StoredSummary) ?? "";
        var body = doc.Get(SearchFields.StoredBody) ?? "";
        var bodyField = SearchFields.InCulture("body", culture);
        var length = options.Value.SnippetLength;
        var snippet = Highlighter.Snippet(analysis.Indexing, bodyField, body, terms, length, requireMatch: true)
            ?? Highlighter.Snippet(analysis.Indexing, SearchFields.InCulture("file", culture), doc.Get(SearchFields.StoredFile) ?? "", terms, length, requireMatch: true)
            ?? Highlighter.Snippet(analysis.Indexing, bodyField, summary.Length > 0 ? summary : body, terms, length, requireMatch: false)
            ?? HighlightedText.Plain("");
        return new SearchHit(
            Guid.ParseExact(doc.Get(SearchFields.ItemId), "N"),
            TypeOf(doc),
            culture,
            doc.Get(SearchFields.Slug),
            doc.GetField(SearchFields.StoredDate)?.GetInt64Value() is { } ticks ? new DateTime(ticks, DateTimeKind.Utc) : null,
            Highlighter.Mark(analysis.Indexing, SearchFields.InCulture("title", culture), title, terms),
            snippet,
            float.IsNaN(score) ? 0 : score)
        {
            Withdrawn = doc.Get(SearchFields.Withdrawn) is not null,
        };
    }

    /// <summary>Every index term the query can match (typo expansions included), for the highlighter.</summary>
    private static HashSet<string> MatchedTerms(IndexSearcher searcher, Query query)
    {
        var terms = new HashSet<Term>();
        searcher.Rewrite(query).ExtractTerms(terms);
        return terms.Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
    }

    private static DocumentType TypeOf(Document doc) =>
        DocumentTypeAliases.TryParse(doc.Get(SearchFields.Facet(SearchFacet.Type)), out var type) ? type : DocumentType.Page;

    private Dictionary<SearchFacet, IReadOnlyList<FacetCount>> Facets(Dictionary<SearchFacet, Dictionary<string, int>> counts, SearchQuery query)
    {
        var facets = new Dictionary<SearchFacet, IReadOnlyList<FacetCount>>();
        foreach (var facet in SearchFields.Facets)
        {
            var values = counts.GetValueOrDefault(facet) ?? [];
            if (query.FilterValue(facet) is { } selected && !values.ContainsKey(selected))
            {
                values[selected] = 0; // The visitor's choice stays on the form, with what it gives.
            }

            var ordered = facet == SearchFacet.Year
                ? values.OrderByDescending(v => v.Key, StringComparer.Ordinal)
                : values.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal);
            facets[facet] = [.. ordered
                .Where((v, i) => i < options.Value.MaxFacetValues || v.Key == query.FilterValue(facet))
                .Select(v => new FacetCount(v.Key, v.Value))];
        }

        return facets;
    }

    /// <summary>
    /// Each word the index does not know, replaced by the closest one it does (up to two edits, the
    /// most frequent among equals); null when every word is known or nothing close exists.
    /// </summary>
    private string? DidYouMean(IndexReader reader, QueryText text, IReadOnlyList<string> cultures)
    {
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in text.Words.Distinct(StringComparer.Ordinal))
        {
            var spelled = cultures.Select(c => (Field: SearchFields.InCulture(SearchFields.Words, c), Positions: SearchAnalysis.Positions(analysis.QueryFor(SearchFields.InCulture(SearchFields.Words, c)), SearchFields.InCulture(SearchFields.Words, c), word)))
                .Where(s => s.Positions.Count == 1)
                .Select(s => (s.Field, Term: s.Positions[0][0]))
                .ToList();
            if (spelled.Count == 0 || spelled.Any(s => reader.DocFreq(new Term(s.Field, s.Term)) > 0) || spelled[0].Term.Length < 3)
            {
                continue;
            }

            var best = spelled.Select(s => Closest(reader, s.Field, s.Term)).FirstOrDefault(c => c is not null);
            if (best is not null)
            {
                replacements[word] = best;
            }
        }

        return replacements.Count == 0 ? null : text.ToText(w => replacements.GetValueOrDefault(w, w));
    }

    private static string? Closest(IndexReader reader, string field, string term)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return null;
        }

        var candidates = new FuzzyTermsEnum(terms, new Lucene.Net.Util.AttributeSource(), new Term(field, term), term.Length >= 5 ? 2 : 1, 0, true);
        var boost = candidates.Attributes.AddAttribute<IBoostAttribute>();
        string? best = null;
        var bestBoost = float.MinValue;
        var bestFrequency = 0;
        while (candidates.MoveNext())
        {
            var frequency = candidates.DocFreq;
            if (boost.Boost > bestBoost || (boost.Boost == bestBoost && frequency > bestFrequency))
            {
                best = candidates.Term.Utf8ToString();
                bestBoost = boost.Boost;
                bestFrequency = frequency;
            }
        }

        return best;
    }
}
