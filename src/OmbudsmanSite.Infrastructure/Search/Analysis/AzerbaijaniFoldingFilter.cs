using Lucene.Net.Analysis;

namespace OmbudsmanSite.Infrastructure.Search.Analysis;

/// <summary>
/// Replaces each token by its folded form (ə→e). When indexing, a word with ə also gets its ə→a form
/// at the same position, so "eliyeva" and "aliyeva" both find "Əliyeva"; queries fold only to e.
/// </summary>
public sealed class AzerbaijaniFoldingFilter(TokenStream input, bool addSchwaAsA) : SamePositionTokenFilter(input)
{
    protected override IReadOnlyList<string> Rewrite(out bool alternativesAreKeywords)
    {
        alternativesAreKeywords = false;
        if (Keyword.IsKeyword)
        {
            return []; // A cross-script key: already normalised.
        }

        var text = Term.ToString();
        Term.SetEmpty().Append(AzerbaijaniFolding.Fold(text, 'e'));
        return addSchwaAsA && text.Contains('ə', StringComparison.Ordinal) ? [AzerbaijaniFolding.Fold(text, 'a')] : [];
    }
}
