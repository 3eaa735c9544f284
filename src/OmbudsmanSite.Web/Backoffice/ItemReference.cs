using System.Text.RegularExpressions;

namespace OmbudsmanSite.Web.Backoffice;

/// <summary>An item named the way editors have it at hand: its id, or any address that holds it (the editor's, a preview's).</summary>
public static partial class ItemReference
{
    public static bool TryParse(string? text, out Guid id)
    {
        id = default;
        return text is { Length: > 0 } && GuidPattern().Match(text) is { Success: true } match && Guid.TryParse(match.Value, out id);
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();
}
