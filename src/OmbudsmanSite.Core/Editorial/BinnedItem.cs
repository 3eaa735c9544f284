namespace OmbudsmanSite.Core.Editorial;

/// <summary>An item in the recycle bin: its states as they were, and who moved it there when.</summary>
public sealed record BinnedItem(ItemStateSummary Item, DateTime DeletedUtc, string DeletedByName);
