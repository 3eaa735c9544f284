using OmbudsmanSite.Core.Localization;

namespace OmbudsmanSite.Web.Components.Layout;

/// <summary>One entry of the language switcher: the same page in another language, or null when it is not translated.</summary>
public sealed record LanguageLink(CultureDefinition Culture, string? Url, bool IsCurrent);
