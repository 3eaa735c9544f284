namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>The outcome of making an API key, and its secret when it was made (shown once).</summary>
public sealed record ApiKeyCreation(Core.Editorial.EditorialResult Result, string? Secret);
