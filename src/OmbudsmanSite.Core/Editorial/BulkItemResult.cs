namespace OmbudsmanSite.Core.Editorial;

/// <summary>What a bulk action did to one item: the languages it was applied to (none had the text: skipped) and the service's answer.</summary>
public sealed record BulkItemResult(Guid Id, IReadOnlyList<string> Cultures, EditorialResult? Result)
{
    /// <summary>True when none of the chosen languages applied to the item, so nothing was asked of the services.</summary>
    public bool Skipped => Result is null;
}
