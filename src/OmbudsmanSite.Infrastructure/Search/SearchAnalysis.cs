using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Infrastructure.Search.Analysis;

namespace OmbudsmanSite.Infrastructure.Search;

/// <summary>
/// The analyzers of every per-culture field, for indexing and for queries. Queries use the same
/// chains except that ə is folded to e only (the index holds both e and a forms).
/// </summary>
public sealed class SearchAnalysis : IDisposable
{
    private readonly Dictionary<string, Analyzer> _queryAnalyzers = new(StringComparer.Ordinal);
    private readonly List<Analyzer> _owned = [];

    public SearchAnalysis(SiteCultures cultures, IOptions<SearchOptions> options)
        : this(cultures)
    {
        ArgumentNullException.ThrowIfNull(options);
        WordCacheBudget.MaxBytesPerCache = options.Value.AnalysisMemoBytes;
    }

    public SearchAnalysis(SiteCultures cultures)
    {
        ArgumentNullException.ThrowIfNull(cultures);
        var indexing = new Dictionary<string, Analyzer>(StringComparer.Ordinal);
        foreach (var code in cultures.All.Select(c => c.Code))
        {
            var text = Own(SiteAnalyzers.For(code, forIndexing: true));
            var textQuery = Own(SiteAnalyzers.For(code, forIndexing: false));
            var prefix = Own(SiteAnalyzers.ForPrefixes(code, forIndexing: true));
            var prefixQuery = Own(SiteAnalyzers.ForPrefixes(code, forIndexing: false));
            foreach (var (kind, _) in SearchFields.Weighted)
            {
                indexing[SearchFields.InCulture(kind, code)] = text;
                _queryAnalyzers[SearchFields.InCulture(kind, code)] = textQuery;
            }

            foreach (var kind in new[] { SearchFields.Prefix, SearchFields.Words })
            {
                indexing[SearchFields.InCulture(kind, code)] = prefix;
                _queryAnalyzers[SearchFields.InCulture(kind, code)] = prefixQuery;
            }

        }

        Cultures = [.. cultures.All.Select(c => c.Code)];
        Indexing = Own(new PerFieldAnalyzerWrapper(Own(new KeywordAnalyzer()), indexing));
    }

    public IReadOnlyList<string> Cultures { get; }

    /// <summary>For the index writer: each per-culture field with its culture's chain.</summary>
    public Analyzer Indexing { get; }

    /// <summary>The query-time analyzer of a per-culture field.</summary>
    public Analyzer QueryFor(string field) =>
        _queryAnalyzers.TryGetValue(field, out var analyzer) ? analyzer : throw new ArgumentException($"'{field}' is not a per-culture text field.", nameof(field));

    /// <summary>The terms of <paramref name="text"/> in <paramref name="field"/>, grouped by position (alternatives share one).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Positions(Analyzer analyzer, string field, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var positions = new List<IReadOnlyList<string>>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        stream.Reset();
        List<string>? current = null;
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement > 0 || current is null)
            {
                current = [];
                positions.Add(current);
            }

            var value = term.ToString();
            if (!current.Contains(value))
            {
                current.Add(value);
            }
        }

        stream.End();
        return positions;
    }

    public void Dispose()
    {
        foreach (var analyzer in _owned)
        {
            analyzer.Dispose();
        }
    }

    private Analyzer Own(Analyzer analyzer)
    {
        _owned.Add(analyzer);
        return analyzer;
    }
}
