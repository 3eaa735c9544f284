namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>An internal link's item as the editor warns about it: its titles by language, whether it is in the recycle bin, the languages it is live in.</summary>
public sealed record LinkTarget(Guid Id, IReadOnlyDictionary<string, string> Titles, bool InRecycleBin, IReadOnlyList<string> LiveCultures);
