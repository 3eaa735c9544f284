using DiffPlex;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Compares two versions field by field and culture by culture, word by word (DiffPlex with
/// <see cref="WordChunker"/>). Bodies are compared as their text, so tags never count as words.
/// Returns segments, not HTML: the backoffice decides how to mark them.
/// </summary>
public static class VersionDiffer
{
    public static IReadOnlyList<FieldDiff> Compare(ContentValues from, ContentValues to, Func<Guid, string>? nameOf = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        nameOf ??= id => id.ToString("D");
        var fields = new List<FieldDiff>();
        Add(fields, FieldNames.Date, null, from.DateUtc?.ToString("u"), to.DateUtc?.ToString("u"));
        Add(fields, FieldNames.Image, null, from.ImageId?.ToString("D"), to.ImageId?.ToString("D"));
        Add(fields, FieldNames.Taxonomy, null, Names(from.Taxonomy, nameOf), Names(to.Taxonomy, nameOf));
        Add(fields, FieldNames.MeetingFormat, null, from.Meeting?.Format.ToString(), to.Meeting?.Format.ToString());
        Add(fields, FieldNames.MeetingLocation, null, Localized(from.Meeting?.Location), Localized(to.Meeting?.Location));
        Add(fields, FieldNames.Participants, null, Participants(from.Meeting, nameOf), Participants(to.Meeting, nameOf));
        Add(fields, FieldNames.ReportYear, null, from.Report?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), to.Report?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(fields, FieldNames.ReportKind, null, from.Report?.Kind.ToString(), to.Report?.Kind.ToString());
        Add(fields, FieldNames.ReportFiles, null, Localized(from.Report?.Files), Localized(to.Report?.Files));
        foreach (var culture in from.Cultures.Keys.Union(to.Cultures.Keys, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
        {
            var a = from.Culture(culture);
            var b = to.Culture(culture);
            Add(fields, FieldNames.Title, culture, a?.Title, b?.Title);
            Add(fields, FieldNames.Summary, culture, a?.Summary, b?.Summary);
            Add(fields, FieldNames.SeoDescription, culture, a?.SeoDescription, b?.SeoDescription);
            var bodyA = a is null ? null : HtmlText.ToPlainText(a.BodyHtml);
            var bodyB = b is null ? null : HtmlText.ToPlainText(b.BodyHtml);
            if (bodyA != bodyB)
            {
                fields.Add(new FieldDiff(FieldNames.Body, culture, Words(bodyA ?? "", bodyB ?? "")));
            }
            else if (a?.BodyHtml != b?.BodyHtml)
            {
                fields.Add(new FieldDiff(FieldNames.Body, culture, [new DiffSegment(DiffSegmentKind.Unchanged, bodyA ?? "")], MarkupChanged: true));
            }
        }

        return fields;
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

    private static void Add(List<FieldDiff> fields, string field, string? culture, string? from, string? to)
    {
        if (!string.Equals(from ?? "", to ?? "", StringComparison.Ordinal))
        {
            fields.Add(new FieldDiff(field, culture, Words(from ?? "", to ?? "")));
        }
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

    private static string Names(IEnumerable<Guid> ids, Func<Guid, string> nameOf) => string.Join(", ", ids.Select(nameOf).Order(StringComparer.CurrentCulture));

    private static string? Localized(LocalizedText? text) => text is null ? null : string.Join(" | ", text.Values.Select(p => $"{p.Key}: {p.Value}"));

    private static string? Participants(MeetingValues? meeting, Func<Guid, string> nameOf) =>
        meeting is null ? null : string.Join("; ", meeting.Participants.Select(p =>
            nameOf(p.PersonId) + (p.OrganisationId is { } org ? $" ({nameOf(org)})" : "") + (p.Role.IsEmpty ? "" : $", {Localized(p.Role)}")));
}
