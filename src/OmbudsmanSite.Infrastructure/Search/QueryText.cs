namespace OmbudsmanSite.Infrastructure.Search;

/// <summary>
/// What a visitor typed, read leniently: "quoted text" is a phrase, the rest are words. No query
/// syntax is interpreted (field:, *, ~, \ and the like are ordinary characters that analysis drops),
/// an unbalanced quote is ignored, and input is cut to a bounded size.
/// </summary>
public sealed record QueryText(IReadOnlyList<string> Words, IReadOnlyList<string> Phrases)
{
    public static QueryText Empty { get; } = new([], []);

    public bool IsEmpty => Words.Count == 0 && Phrases.Count == 0;

    public static QueryText Parse(string? text, int maxLength, int maxWords)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        var input = text.Length > maxLength ? text[..maxLength] : text;
        input = input.Replace('“', '"').Replace('”', '"').Replace('„', '"').Replace('«', '"').Replace('»', '"');
        var parts = input.Split('"');
        var words = new List<string>();
        var phrases = new List<string>();
        var budget = maxWords;

        // Parts alternate outside/inside quotes; with an odd number of quotes the last part is outside.
        var closedQuotes = parts.Length % 2 == 1 ? parts.Length : parts.Length - 1;
        for (var i = 0; i < parts.Length && budget > 0; i++)
        {
            var inside = i % 2 == 1 && i < closedQuotes;
            var pieces = parts[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (inside && pieces.Length > 1)
            {
                var kept = pieces.Take(budget).ToArray();
                phrases.Add(string.Join(' ', kept));
                budget -= kept.Length;
            }
            else
            {
                foreach (var piece in pieces.Take(budget))
                {
                    words.Add(piece);
                    budget--;
                }
            }
        }

        return new QueryText(words, phrases);
    }

    /// <summary>The text back, as a visitor would type it, with <paramref name="replace"/> applied to each word.</summary>
    public string ToText(Func<string, string> replace) =>
        string.Join(' ', Phrases.Select(p => "\"" + p + "\"").Concat(Words.Select(replace)));
}
