namespace OmbudsmanSite.Web.Backoffice;

/// <summary>
/// Reads what was typed into the backoffice search as an address, when it is one: an editor's
/// (<c>/backoffice/content/{id}</c>) or a public page's (<c>/{culture}/…/{slug}</c>), whole or as a path.
/// </summary>
public static class PastedAddress
{
    /// <summary>The path of a pasted address (host, query and fragment dropped), or null when the text is no address.</summary>
    public static string? PathOf(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp))
        {
            return Uri.UnescapeDataString(absolute.AbsolutePath).TrimEnd('/');
        }

        if (trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            var path = trimmed.Split('?', '#')[0];
            return Uri.UnescapeDataString(path).TrimEnd('/');
        }

        return null;
    }

    /// <summary>The item an editor's address (or its history) opens.</summary>
    public static Guid? EditorItemOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var prefix = BackofficeAddresses.Content + "/";
        if (!path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var id = path[prefix.Length..].Split('/')[0];
        return Guid.TryParse(id, out var parsed) ? parsed : null;
    }
}
