namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// One field's difference between two versions. <see cref="Culture"/> is null for invariant fields.
/// Values are in the reader's words (see <see cref="IDiffDescriber"/>); <see cref="Layout"/> says how
/// they are shown, and a body's difference is <see cref="Body"/>, as it reads on the page.
/// </summary>
public sealed record FieldDiff(string Field, string? Culture, IReadOnlyList<DiffSegment> Segments, DiffLayout Layout = DiffLayout.Text)
{
    /// <summary>Set when <see cref="Layout"/> is <see cref="DiffLayout.Body"/>.</summary>
    public BodyDiff? Body { get; init; }
}
