using Lucene.Net.Analysis;

namespace OmbudsmanSite.Infrastructure.Search.Analysis;

/// <summary>Replaces a word by all its <see cref="AzerbaijaniLightStemmer"/> stems, at one position.</summary>
public sealed class AzerbaijaniLightStemFilter(TokenStream input) : SamePositionTokenFilter(input)
{
    protected override IReadOnlyList<string> Rewrite(out bool alternativesAreKeywords)
    {
        alternativesAreKeywords = false;
        if (Keyword.IsKeyword)
        {
            return [];
        }

        var stems = AzerbaijaniLightStemmer.Stems(Term.ToString());
        Term.SetEmpty().Append(stems[0]);
        return stems.Count > 1 ? [.. stems.Skip(1)] : [];
    }
}
