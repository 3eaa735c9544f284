using System.Globalization;
using DiffPlex;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Compares two versions field by field and culture by culture, in the reader's words
/// (<see cref="IDiffDescriber"/>): dates in Baku time, names and formats in her language. Short texts
/// word by word (DiffPlex with <see cref="WordChunker"/>), lists (topics, participants, a text per
/// language, files) item by item, the lead image as itself, bodies as they read (<see cref="BodyDiffer"/>).
/// Returns segments, not HTML: the backoffice decides how to mark them.
/// </summary>
public static class VersionDiffer
{
    /// <param name="fileNames">The names of media items the versions name (a report's files); an id not in it is shown as it is.</param>
    public static IReadOnlyList<FieldDiff> Compare(ContentValues from, ContentValues to, IDiffDescriber? describer = null, IReadOnlyDictionary<Guid, string>? fileNames = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var say = describer ?? RawDiffDescriber.Instance;
        var fields = new List<FieldDiff>();
        Text(fields, FieldNames.Date, null, from.DateUtc is { } a ? say.Instant(a) : null, to.DateUtc is { } b ? say.Instant(b) : null);
        Image(fields, from.ImageId, to.ImageId);
        List(fields, FieldNames.Taxonomy, Names(from.Taxonomy, say), Names(to.Taxonomy, say));
        Text(fields, FieldNames.MeetingFormat, null, from.Meeting is { } m1 ? say.Format(m1.Format) : null, to.Meeting is { } m2 ? say.Format(m2.Format) : null);
        List(fields, FieldNames.MeetingLocation, PerLanguage(from.Meeting?.Location, say, text => text), PerLanguage(to.Meeting?.Location, say, text => text));
        List(fields, FieldNames.Participants, Participants(from.Meeting, say), Participants(to.Meeting, say));
        Text(fields, FieldNames.ReportYear, null, from.Report?.Year.ToString(CultureInfo.InvariantCulture), to.Report?.Year.ToString(CultureInfo.InvariantCulture));
        Text(fields, FieldNames.ReportKind, null, from.Report is { } r1 ? say.ReportKind(r1.Kind) : null, to.Report is { } r2 ? say.ReportKind(r2.Kind) : null);
        List(fields, FieldNames.ReportFiles, PerLanguage(from.Report?.Files, say, File), PerLanguage(to.Report?.Files, say, File));
        foreach (var culture in from.Cultures.Keys.Union(to.Cultures.Keys, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
        {
            var x = from.Culture(culture);
            var y = to.Culture(culture);
            Text(fields, FieldNames.Title, culture, x?.Title, y?.Title);
            Text(fields, FieldNames.Summary, culture, x?.Summary, y?.Summary);
            Text(fields, FieldNames.SeoDescription, culture, x?.SeoDescription, y?.SeoDescription);
            if (BodyDiffer.Compare(x?.BodyHtml, y?.BodyHtml) is { } body)
            {
                fields.Add(new FieldDiff(FieldNames.Body, culture, [], DiffLayout.Body) { Body = body });
            }
        }

        return fields;

        string File(string id) => Guid.TryParse(id, out var media) && fileNames?.GetValueOrDefault(media) is { } name ? name : id;
    }

    /// <summary>Word-level segments turning <paramref name="from"/> into <paramref name="to"/>.</summary>
    public static IReadOnlyList<DiffSegment> Words(string from, string to)
    {
        var diff = Differ.Instance.CreateDiffs(from, to, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var segments = new List<DiffSegment>();
        var oldIndex = 0;
        foreach (var block in diff.DiffBlocks)
        {
            Append(segments, DiffSegmentKind.Unchanged, diff.PiecesOld, oldIndex, block.DeleteStartA - oldIndex);
            Append(segments, DiffSegmentKind.Deleted, diff.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Append(segments, DiffSegmentKind.Inserted, diff.PiecesNew, block.InsertStartB, block.InsertCountB);
            oldIndex = block.DeleteStartA + block.DeleteCountA;
        }

        Append(segments, DiffSegmentKind.Unchanged, diff.PiecesOld, oldIndex, diff.PiecesOld.Count - oldIndex);
        return segments;
    }

    private static void Text(List<FieldDiff> fields, string field, string? culture, string? from, string? to)
    {
        if (!string.Equals(from ?? "", to ?? "", StringComparison.Ordinal))
        {
            fields.Add(new FieldDiff(field, culture, Words(from ?? "", to ?? "")));
        }
    }

    /// <summary>Items kept, added and removed, in the newer list's order with the removed ones where they stood.</summary>
    private static void List(List<FieldDiff> fields, string field, IReadOnlyList<string> from, IReadOnlyList<string> to)
    {
        if (from.SequenceEqual(to, StringComparer.Ordinal))
        {
            return;
        }

        var diff = Differ.Instance.CreateDiffs(string.Join('\n', from), string.Join('\n', to), false, false, new LineChunker());
        var segments = new List<DiffSegment>();
        var oldIndex = 0;
        foreach (var block in diff.DiffBlocks)
        {
            segments.AddRange(from.Skip(oldIndex).Take(block.DeleteStartA - oldIndex).Select(item => new DiffSegment(DiffSegmentKind.Unchanged, item)));
            segments.AddRange(from.Skip(block.DeleteStartA).Take(block.DeleteCountA).Select(item => new DiffSegment(DiffSegmentKind.Deleted, item)));
            segments.AddRange(to.Skip(block.InsertStartB).Take(block.InsertCountB).Select(item => new DiffSegment(DiffSegmentKind.Inserted, item)));
            oldIndex = block.DeleteStartA + block.DeleteCountA;
        }

        segments.AddRange(from.Skip(oldIndex).Select(item => new DiffSegment(DiffSegmentKind.Unchanged, item)));
        fields.Add(new FieldDiff(field, null, segments, DiffLayout.List));
    }

    private static void Image(List<FieldDiff> fields, Guid? from, Guid? to)
    {
        if (from == to)
        {
            return;
        }

        var segments = new List<DiffSegment>();
        if (from is { } removed)
        {
            segments.Add(new DiffSegment(DiffSegmentKind.Deleted, removed.ToString("D")));
        }

        if (to is { } added)
        {
            segments.Add(new DiffSegment(DiffSegmentKind.Inserted, added.ToString("D")));
        }

        fields.Add(new FieldDiff(FieldNames.Image, null, segments, DiffLayout.Image));
    }

    private static void Append(List<DiffSegment> segments, DiffSegmentKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var text = string.Concat(pieces.Skip(start).Take(count));
        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new DiffSegment(kind, text));
        }
    }

    private static List<string> Names(IEnumerable<Guid> ids, IDiffDescriber say) => [.. ids.Select(say.Name).Order(StringComparer.CurrentCulture)];

    // "Azerbaijani: Bakı", one item per language, in the site's language order.
    private static List<string> PerLanguage(LocalizedText? text, IDiffDescriber say, Func<string, string> value) =>
        text is null ? [] : [.. text.Values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{say.Language(p.Key)}: {value(p.Value)}")];

    // "Martin Chungong (Inter-Parliamentary Union), Secretary General", one item a participant.
    private static List<string> Participants(MeetingValues? meeting, IDiffDescriber say) =>
        meeting is null ? [] : [.. meeting.Participants.Select(p =>
            say.Name(p.PersonId) + (p.OrganisationId is { } org ? $" ({say.Name(org)})" : "") + (p.Role.IsEmpty ? "" : $", {say.Localized(p.Role)}"))];

    /// <summary>One item a line (items never hold a line break: names and short texts).</summary>
    private sealed class LineChunker : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => text.Length == 0 ? [] : text.Split('\n');
    }
}
