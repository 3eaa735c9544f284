using OmbudsmanSite.Core.Checks;

namespace OmbudsmanSite.Infrastructure.Checks;

/// <summary>One finding of a <see cref="StoredItemCheck"/>, a row of its own so the report filters by check and language in the database.</summary>
public sealed class StoredCheckFinding
{
    public long Id { get; init; }

    public Guid DocumentId { get; init; }

    public required string Culture { get; init; }

    public ContentCheck Check { get; init; }

    public CheckSeverity Severity { get; init; }

    public required string Field { get; init; }

    public int? Element { get; init; }

    public List<string> Values { get; init; } = [];

    public CheckFinding ToFinding() => new(Check, Severity, Culture, Field, Element, Values);
}
