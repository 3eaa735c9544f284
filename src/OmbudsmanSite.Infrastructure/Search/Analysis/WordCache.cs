using System.Collections.Concurrent;

namespace OmbudsmanSite.Infrastructure.Search.Analysis;

/// <summary>
/// Remembers a per-word computation (stems, cross-script keys). Word frequencies follow Zipf's law,
/// so a few thousand entries answer almost every token; past the bound the cache starts over.
/// </summary>
internal sealed class WordCache<T>(Func<string, T> compute, int capacity = 50_000)
{
    private readonly ConcurrentDictionary<string, T> _values = new(StringComparer.Ordinal);
    private int _count;

    public T Get(string word)
    {
        if (_values.TryGetValue(word, out var value))
        {
            return value;
        }

        value = compute(word);
        if (Interlocked.Increment(ref _count) > capacity)
        {
            _values.Clear();
            Interlocked.Exchange(ref _count, 0);
        }

        _values.TryAdd(word, value);
        return value;
    }
}
