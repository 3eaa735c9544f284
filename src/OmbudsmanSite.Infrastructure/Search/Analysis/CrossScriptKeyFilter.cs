using Lucene.Net.Analysis;

namespace OmbudsmanSite.Infrastructure.Search.Analysis;

/// <summary>
/// After each token, adds its <see cref="CrossScriptKey"/> at the same position, marked as a keyword
/// so the language's folding and stemming leave it alone.
/// </summary>
public sealed class CrossScriptKeyFilter(TokenStream input) : SamePositionTokenFilter(input)
{
    protected override IReadOnlyList<string> Rewrite(out bool alternativesAreKeywords)
    {
        alternativesAreKeywords = true;
        var text = Term.ToString();
        var key = CrossScriptKey.For(text);
        return key.Length > 0 && key != text && !text.Any(char.IsDigit) ? [key] : [];
    }
}
