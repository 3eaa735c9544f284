using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;

namespace OmbudsmanSite.Infrastructure.Search;

/// <summary>
/// Builds Lucene queries from typed text without a query parser, so no input is ever a syntax error.
/// Every word must match (in the title, names, summary or body of the culture's fields, each with
/// its weight); each alternative the analysis gives for a word (folded forms, stems, cross-script
/// keys) counts as that word. A longer word the index does not contain also matches words one or
/// two edits away (whole folded words, not stems: a stem is too short to compare), at a lower weight.
/// </summary>
public sealed class SearchQueryBuilder(IOptions<SearchOptions> options)
{
    private const float TypoWeight = 0.35f;
    private const int TypoExpansions = 30;

    /// <summary>The text's query in one culture's fields; null when the text leaves no searchable word.</summary>
    public Query? ForCulture(QueryText text, string culture, SearchAnalysis analysis, IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(analysis);
        var field = SearchFields.InCulture(SearchFields.Weighted[0].Name, culture);
        var analyzer = analysis.QueryFor(field);
        var query = new BooleanQuery(disableCoord: true);
        foreach (var word in text.Words)
        {
            var positions = SearchAnalysis.Positions(analyzer, field, word);
            foreach (var alternatives in positions)
            {
                var any = AnyField(culture, alternatives);
                if (positions.Count == 1)
                {
                    foreach (var typos in Typos(word, alternatives[0], culture, analysis, reader))
                    {
                        any.Add(typos, Occur.SHOULD);
                    }
                }

                query.Add(any, Occur.MUST);
            }
        }

        foreach (var phrase in text.Phrases)
        {
            var positions = SearchAnalysis.Positions(analyzer, field, phrase);
            if (positions.Count == 1)
            {
                query.Add(AnyField(culture, positions[0]), Occur.MUST);
            }
            else if (positions.Count > 1)
            {
                var anyField = new BooleanQuery(disableCoord: true);
                foreach (var (kind, weight) in SearchFields.Weighted)
                {
                    var name = SearchFields.InCulture(kind, culture);
                    var exact = new MultiPhraseQuery { Boost = weight };
                    foreach (var alternatives in positions)
                    {
                        exact.Add([.. alternatives.Select(t => new Term(name, t))]);
                    }

                    anyField.Add(exact, Occur.SHOULD);
                }

                query.Add(anyField, Occur.MUST);
            }
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>Titles and names in one culture whose words start as typed; the last word is a prefix.</summary>
    public Query? ForSuggestions(QueryText text, bool lastWordIsPrefix, string culture, SearchAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(analysis);
        if (text.Words.Count == 0)
        {
            return null;
        }

        var field = SearchFields.InCulture(SearchFields.Prefix, culture);
        var analyzer = analysis.QueryFor(field);
        var query = new BooleanQuery(disableCoord: true);
        for (var i = 0; i < text.Words.Count; i++)
        {
            var positions = SearchAnalysis.Positions(analyzer, field, text.Words[i]);
            for (var p = 0; p < positions.Count; p++)
            {
                var isPrefix = lastWordIsPrefix && i == text.Words.Count - 1 && p == positions.Count - 1;
                if (isPrefix && positions[p][0].Length < options.Value.MinSuggestionPrefix)
                {
                    continue;
                }

                query.Add(isPrefix ? new PrefixQuery(new Term(field, positions[p][0])) : new TermQuery(new Term(field, positions[p][0])), Occur.MUST);
            }
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    private static BooleanQuery AnyField(string culture, IReadOnlyList<string> alternatives)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (kind, weight) in SearchFields.Weighted)
        {
            var name = SearchFields.InCulture(kind, culture);
            foreach (var term in alternatives)
            {
                any.Add(new TermQuery(new Term(name, term)) { Boost = weight }, Occur.SHOULD);
            }
        }

        return any;
    }

    /// <summary>
    /// Terms near a word the culture's text does not contain: the whole folded word (safe for any
    /// length), and the stem when it is long enough to compare ("псхиатрическая" is three edits from
    /// "психиатрической" but one stem edit from "психиатрическ"; a short stem would match too much).
    /// </summary>
    private IEnumerable<FuzzyQuery> Typos(string word, string stem, string culture, SearchAnalysis analysis, IndexReader reader)
    {
        var settings = options.Value;
        var field = SearchFields.InCulture(SearchFields.Words, culture);
        var whole = SearchAnalysis.Positions(analysis.QueryFor(field), field, word);
        if (whole.Count != 1 || whole[0][0].Length < settings.OneTypoLength)
        {
            yield break;
        }

        var term = new Term(field, whole[0][0]);
        if (reader.DocFreq(term) > 0)
        {
            yield break;
        }

        yield return new FuzzyQuery(term, Edits(term.Text), prefixLength: 1, TypoExpansions, transpositions: true) { Boost = TypoWeight };
        if (stem.Length > settings.OneTypoLength)
        {
            foreach (var (kind, weight) in SearchFields.Weighted)
            {
                var stemTerm = new Term(SearchFields.InCulture(kind, culture), stem);
                if (kind != "summary" && reader.DocFreq(stemTerm) == 0)
                {
                    yield return new FuzzyQuery(stemTerm, Edits(stem), prefixLength: 1, TypoExpansions, transpositions: true) { Boost = weight * TypoWeight };
                }
            }
        }
    }

    private int Edits(string text) => text.Length >= options.Value.TwoTyposLength ? 2 : 1;
}
