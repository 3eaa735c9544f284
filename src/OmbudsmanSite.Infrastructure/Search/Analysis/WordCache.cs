using System.Collections.Concurrent;
using OmbudsmanSite.Infrastructure.Caching;

namespace OmbudsmanSite.Infrastructure.Search.Analysis;

/// <summary>
/// Remembers a per-word computation (stems, cross-script keys). Word frequencies follow Zipf's law,
/// so a few thousand entries answer almost every token. Bounded in estimated bytes
/// (<see cref="WordCacheBudget"/>); past the bound the cache starts over, which costs a few
/// recomputations and never an unbounded dictionary, whatever words a crawler sends.
/// </summary>
internal sealed class WordCache<T>(Func<string, T> compute, Func<T, long> sizeOfValue)
{
    private readonly ConcurrentDictionary<string, T> _values = new(StringComparer.Ordinal);
    private long _bytes;

    public T Get(string word)
    {
        if (_values.TryGetValue(word, out var value))
        {
            return value;
        }

        value = compute(word);
        var cost = ApproximateSize.ObjectOverhead + ApproximateSize.Of(word) + sizeOfValue(value);
        if (Interlocked.Add(ref _bytes, cost) > WordCacheBudget.MaxBytesPerCache)
        {
            _values.Clear();
            Interlocked.Exchange(ref _bytes, cost);
        }

        if (!_values.TryAdd(word, value))
        {
            Interlocked.Add(ref _bytes, -cost);
        }

        return value;
    }
}
