using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace OmbudsmanSite.Infrastructure.Search.Analysis;

/// <summary>
/// After each token, adds its <see cref="CrossScriptKey"/> at the same position, marked as a keyword
/// so the language's folding and stemming leave it alone. When indexing, only capitalised words get a
/// key (<see cref="CapitalisedWordFilter"/>): names are what people type in the other script, and
/// keying every word would double the index. Queries key every word, since people type names in lower case.
/// </summary>
public sealed class CrossScriptKeyFilter(TokenStream input, bool capitalisedOnly) : SamePositionTokenFilter(input)
{
    private readonly ITypeAttribute _type = input.AddAttribute<ITypeAttribute>();

    protected override IReadOnlyList<string> Rewrite(out bool alternativesAreKeywords)
    {
        alternativesAreKeywords = true;
        if (capitalisedOnly && _type.Type != CapitalisedWordFilter.TokenType)
        {
            return [];
        }

        var text = Term.ToString();
        var key = CrossScriptKey.For(text);
        return key.Length > 0 && key != text && !text.Any(char.IsDigit) ? [key] : [];
    }
}

/// <summary>Marks tokens that begin with a capital letter (before lowercasing) with <see cref="TokenType"/>.</summary>
public sealed class CapitalisedWordFilter : TokenFilter
{
    public const string TokenType = "<CAPITALISED>";

    private readonly ICharTermAttribute _term;
    private readonly ITypeAttribute _type;

    public CapitalisedWordFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (_term.Length > 0 && char.IsUpper(_term.Buffer[0]))
        {
            _type.Type = TokenType;
        }

        return true;
    }
}
