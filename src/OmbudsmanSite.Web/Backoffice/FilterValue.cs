namespace OmbudsmanSite.Web.Backoffice;

/// <summary>How the backoffice's list filters read their address: a value trimmed, or null when absent or blank.</summary>
public static class FilterValue
{
    public static string? Of(IQueryCollection query, string key)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query[key].ToString().Trim() is { Length: > 0 } value ? value : null;
    }

    /// <summary>An enum value by its name as written (never a number, which any enum would accept).</summary>
    public static bool TryEnum<T>(string value, out T parsed)
        where T : struct, Enum =>
        Enum.TryParse(value, ignoreCase: false, out parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _);
}
