using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace OmbudsmanSite.Infrastructure.Search.Analysis;

/// <summary>
/// After each token, adds its <see cref="CrossScriptKey"/> at the same position, marked as a keyword
/// so the language's folding and stemming leave it alone.
/// </summary>
public sealed class CrossScriptKeyFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly IKeywordAttribute _keyword;
    private string? _pending;
    private State? _pendingState;

    public CrossScriptKeyFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending is not null)
        {
            RestoreState(_pendingState);
            _term.SetEmpty().Append(_pending);
            _position.PositionIncrement = 0;
            _keyword.IsKeyword = true;
            _pending = null;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var text = _term.ToString();
        var key = CrossScriptKey.For(text);
        if (key.Length > 0 && key != text && !text.Any(char.IsDigit))
        {
            _pending = key;
            _pendingState = CaptureState();
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = null;
        _pendingState = null;
    }
}
