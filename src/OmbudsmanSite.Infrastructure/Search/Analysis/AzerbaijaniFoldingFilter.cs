using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace OmbudsmanSite.Infrastructure.Search.Analysis;

/// <summary>
/// Replaces each token by its folded form (ə→e). When indexing, a word with ə also gets its ə→a form
/// at the same position, so "eliyeva" and "aliyeva" both find "Əliyeva"; queries fold only to e.
/// </summary>
public sealed class AzerbaijaniFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly IKeywordAttribute _keyword;
    private readonly bool _addSchwaAsA;
    private string? _pending;
    private State? _pendingState;

    public AzerbaijaniFoldingFilter(TokenStream input, bool addSchwaAsA)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _addSchwaAsA = addSchwaAsA;
    }

    public override bool IncrementToken()
    {
        if (_pending is not null)
        {
            RestoreState(_pendingState);
            _term.SetEmpty().Append(_pending);
            _position.PositionIncrement = 0;
            _pending = null;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (_keyword.IsKeyword)
        {
            return true; // A cross-script key: already normalised.
        }

        var text = _term.ToString();
        _term.SetEmpty().Append(AzerbaijaniFolding.Fold(text, 'e'));
        if (_addSchwaAsA && text.Contains('ə', StringComparison.Ordinal))
        {
            _pending = AzerbaijaniFolding.Fold(text, 'a');
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
