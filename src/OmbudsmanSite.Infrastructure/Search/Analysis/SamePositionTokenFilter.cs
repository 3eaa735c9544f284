using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace OmbudsmanSite.Infrastructure.Search.Analysis;

/// <summary>
/// A filter that rewrites each token and may add alternatives at the same position (synonyms in
/// effect): folding variants, all stems of an ambiguous word, cross-script keys. Subclasses say what
/// the token becomes in <see cref="Rewrite"/>; this class replays the alternatives.
/// </summary>
public abstract class SamePositionTokenFilter : TokenFilter
{
    private readonly IPositionIncrementAttribute _position;
    private readonly Queue<string> _pending = new();
    private State? _pendingState;
    private bool _pendingAreKeywords;

    protected SamePositionTokenFilter(TokenStream input)
        : base(input)
    {
        Term = AddAttribute<ICharTermAttribute>();
        Keyword = AddAttribute<IKeywordAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    protected ICharTermAttribute Term { get; }

    protected IKeywordAttribute Keyword { get; }

    public sealed override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            RestoreState(_pendingState);
            Term.SetEmpty().Append(_pending.Dequeue());
            _position.PositionIncrement = 0;
            Keyword.IsKeyword |= _pendingAreKeywords;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var alternatives = Rewrite(out _pendingAreKeywords);
        if (alternatives.Count > 0)
        {
            _pendingState = CaptureState();
            foreach (var alternative in alternatives)
            {
                _pending.Enqueue(alternative);
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

    /// <summary>
    /// Rewrites the current token in place and returns the alternatives to add after it, at the same
    /// position; <paramref name="alternativesAreKeywords"/> marks them so later stemmers leave them be.
    /// </summary>
    protected abstract IReadOnlyList<string> Rewrite(out bool alternativesAreKeywords);
}
