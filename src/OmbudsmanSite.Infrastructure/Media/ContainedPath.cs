namespace OmbudsmanSite.Infrastructure.Media;

/// <summary>Resolves a relative path from a URL or a record inside a folder, refusing any that would leave it.</summary>
public static class ContainedPath
{
    /// <summary>The full path, or null for rooted paths, backslashes, NULs and anything that climbs out ("../").</summary>
    public static string? Resolve(string root, string? relative)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (string.IsNullOrWhiteSpace(relative) || Path.IsPathRooted(relative) || relative.Contains('\\', StringComparison.Ordinal) || relative.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        var full = Path.GetFullPath(relative, root);
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }
}
