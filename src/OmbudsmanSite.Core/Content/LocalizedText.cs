namespace OmbudsmanSite.Core.Content;

/// <summary>
/// A short invariant-property value that still differs per language (a person's name, a
/// location, a role). Immutable (<see cref="With"/> returns a copy), so published records that
/// hold one can be shared between requests.
/// </summary>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    private readonly SortedDictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public LocalizedText()
    {
    }

    public static LocalizedText Empty { get; } = new();

    public LocalizedText(IEnumerable<KeyValuePair<string, string>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (culture, text) in values)
        {
            SetValue(culture, text);
        }
    }

    public IReadOnlyDictionary<string, string> Values => _values;

    public bool IsEmpty => _values.Count == 0;

    /// <summary>A copy with <paramref name="culture"/> set to <paramref name="text"/> (removed when blank).</summary>
    public LocalizedText With(string culture, string? text)
    {
        var copy = new LocalizedText(_values);
        copy.SetValue(culture, text);
        return copy;
    }

    private void SetValue(string culture, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            _values.Remove(culture);
        }
        else
        {
            _values[culture] = text.Trim();
        }
    }

    public string? this[string culture] => _values.TryGetValue(culture, out var text) ? text : null;

    /// <summary>The text in <paramref name="culture"/>, else in <paramref name="fallbackCulture"/>, else any.</summary>
    public string Get(string culture, string fallbackCulture) =>
        this[culture] ?? this[fallbackCulture] ?? _values.Values.FirstOrDefault() ?? "";

    public bool Equals(LocalizedText? other) =>
        other is not null && _values.Count == other._values.Count &&
        _values.All(p => other._values.TryGetValue(p.Key, out var v) && v == p.Value);

    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (culture, text) in _values)
        {
            hash.Add(culture);
            hash.Add(text);
        }

        return hash.ToHashCode();
    }
}
