using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace OmbudsmanSite.Infrastructure.Search.Analysis;

/// <summary>Russian writes ё as е more often than not: fold it so both spellings match.</summary>
public sealed class YoFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public YoFoldingFilter(TokenStream input)
        : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            if (buffer[i] == 'ё')
            {
                buffer[i] = 'е';
            }
        }

        return true;
    }
}
