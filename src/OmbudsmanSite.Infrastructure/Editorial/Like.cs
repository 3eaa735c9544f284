namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>Typed words inside a LIKE pattern: their own % and _ match themselves (with <c>ESCAPE '\'</c>).</summary>
internal static class Like
{
    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
