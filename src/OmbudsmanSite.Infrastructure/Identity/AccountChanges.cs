namespace OmbudsmanSite.Infrastructure.Identity;

/// <summary>What an administrator sets on an account in the users section.</summary>
public sealed record AccountChanges(string DisplayName, IReadOnlyCollection<string> Roles, IReadOnlyCollection<string> TranslatorCultures, string? UiCulture);
