using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using OmbudsmanSite.Core.Search;

namespace OmbudsmanSite.Infrastructure.Search;

/// <summary>
/// Marks the words of a stored text that matched. The text is analyzed again with the index's own
/// chain, so a match is whatever the query matched: "görüşlər" is marked for "gorus", "Алиева" for
/// "Aliyeva". Offsets come from the tokenizer. Lucene.Net.Highlighter (4.8.0-beta00017) is available,
/// and was weighed: it returns fragments as HTML strings with its own markup (templates here render
/// text runs and never HTML strings), it scores fragments by its own query terms, which misses the
/// cross-script keys and the stems that share a position, and its fragmenter cuts by length rather
/// than at the densest cluster of distinct matches. What remains here is a window search over the
/// token offsets the analyzer already produces.
/// </summary>
public static class Highlighter
{
    /// <summary>The whole text, with matches marked (for titles).</summary>
    public static HighlightedText Mark(Analyzer analyzer, string field, string text, IReadOnlySet<string> terms)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = Matches(analyzer, field, text, terms);
        return Runs(text, 0, text.Length, matches);
    }

    /// <summary>
    /// About <paramref name="length"/> characters around the densest cluster of matches, cut at word
    /// boundaries; the opening of the text when nothing matched. Null when the text is empty.
    /// </summary>
    public static HighlightedText? Snippet(Analyzer analyzer, string field, string text, IReadOnlySet<string> terms, int length, bool requireMatch)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return null;
        }

        var matches = Matches(analyzer, field, text, terms);
        if (matches.Count == 0 && requireMatch)
        {
            return null;
        }

        var start = 0;
        if (matches.Count > 0)
        {
            // The window holding the most distinct matched words wins; ties go to the earliest.
            var best = -1;
            for (var i = 0; i < matches.Count; i++)
            {
                var end = matches[i].Start + length;
                var distinct = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                for (var j = i; j < matches.Count && matches[j].End <= end; j++)
                {
                    distinct.Add(text[matches[j].Start..matches[j].End]);
                }

                if (distinct.Count > best)
                {
                    best = distinct.Count;
                    start = matches[i].Start;
                }
            }

            // A little context before the first match, so the snippet does not open on it.
            start = Math.Max(0, start - (length / 6));
        }

        var stop = Math.Min(text.Length, start + length);
        if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < stop ? space + 1 : start;
        }

        if (stop < text.Length)
        {
            var space = text.LastIndexOf(' ', stop - 1, stop - start);
            stop = space > start ? space : stop;
        }

        return Runs(text, start, stop, matches);
    }

    private static List<(int Start, int End)> Matches(Analyzer analyzer, string field, string text, IReadOnlySet<string> terms)
    {
        var matches = new List<(int Start, int End)>();
        if (terms.Count == 0)
        {
            return matches;
        }

        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (terms.Contains(term.ToString()) && (matches.Count == 0 || matches[^1].Start != offset.StartOffset))
            {
                matches.Add((offset.StartOffset, offset.EndOffset));
            }
        }

        stream.End();
        return matches;
    }

    private static HighlightedText Runs(string text, int start, int stop, List<(int Start, int End)> matches)
    {
        var runs = new List<TextRun>();
        var position = start;
        foreach (var (matchStart, matchEnd) in matches)
        {
            if (matchStart < position || matchEnd > stop)
            {
                continue;
            }

            if (matchStart > position)
            {
                runs.Add(new TextRun(text[position..matchStart], false));
            }

            runs.Add(new TextRun(text[matchStart..matchEnd], true));
            position = matchEnd;
        }

        if (position < stop)
        {
            runs.Add(new TextRun(text[position..stop], false));
        }

        return new HighlightedText(runs, start > 0, stop < text.Length);
    }
}
