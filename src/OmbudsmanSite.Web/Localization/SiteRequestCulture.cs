using OmbudsmanSite.Core.Localization;

namespace OmbudsmanSite.Web.Localization;

/// <summary>
/// The language of the current request: from the first path segment when it names one of ours,
/// otherwise the visitor's best match from Accept-Language (used for 404 pages outside a culture).
/// </summary>
public sealed record SiteRequestCulture(CultureDefinition Culture, bool FromPath);
