using System.Text.RegularExpressions;

namespace OmbudsmanSite.Core.Content;

/// <summary>
/// A link in a body to an item of this site, stored by the item's id (<c>href="item:{id}"</c>), not
/// its address: it follows the item's slug changes and is given the reader's language when the page
/// renders (Umbraco's <c>{localLink:…}</c>, without its stale fallbacks).
/// </summary>
public static partial class InternalLink
{
    public const string Scheme = "item";

    public static string HrefOf(Guid id) => $"{Scheme}:{id:D}";

    /// <summary>The item an <c>href</c> names, or null when it is no internal link (or a malformed one).</summary>
    public static Guid? IdOf(string? href) =>
        href is not null && href.StartsWith(Scheme + ":", StringComparison.OrdinalIgnoreCase) && Guid.TryParseExact(href[(Scheme.Length + 1)..], "D", out var id) ? id : null;

    /// <summary>Every item a body links to, in order of first mention.</summary>
    public static IReadOnlyList<Guid> IdsIn(string? html) =>
        string.IsNullOrEmpty(html) || !html.Contains(Scheme + ":", StringComparison.OrdinalIgnoreCase)
            ? []
            : [.. Href().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value)).Distinct()];

    [GeneratedRegex(@"href=""item:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})""")]
    private static partial Regex Href();
}
