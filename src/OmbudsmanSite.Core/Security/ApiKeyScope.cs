namespace OmbudsmanSite.Core.Security;

/// <summary>What a delivery API key opens. Published content needs no key; a key only ever adds.</summary>
public enum ApiKeyScope
{
    /// <summary>Working copies through the API (<c>Preview: true</c>): what a partner's staging site shows before publishing.</summary>
    Preview,
}
