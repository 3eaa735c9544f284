namespace OmbudsmanSite.Web.Backoffice;

/// <summary>How the backoffice's list filters read their address: a value trimmed, or null when absent or blank.</summary>
public static class FilterValue
{
    public static string? Of(IQueryCollection query, string key)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query[key].ToString().Trim() is { Length: > 0 } value ? value : null;
    }
}
