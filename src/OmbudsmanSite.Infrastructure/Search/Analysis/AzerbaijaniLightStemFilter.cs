using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace OmbudsmanSite.Infrastructure.Search.Analysis;

/// <summary>Replaces a word by all its <see cref="AzerbaijaniLightStemmer"/> stems, at one position.</summary>
public sealed class AzerbaijaniLightStemFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;
    private readonly IPositionIncrementAttribute _position;
    private readonly Queue<string> _pending = new();
    private State? _pendingState;

    public AzerbaijaniLightStemFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            RestoreState(_pendingState);
            _term.SetEmpty().Append(_pending.Dequeue());
            _position.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!_keyword.IsKeyword)
        {
            var stems = AzerbaijaniLightStemmer.Stems(_term.ToString());
            _term.SetEmpty().Append(stems[0]);
            if (stems.Count > 1)
            {
                _pendingState = CaptureState();
                foreach (var stem in stems.Skip(1))
                {
                    _pending.Enqueue(stem);
                }
            }
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _pendingState = null;
    }
}
