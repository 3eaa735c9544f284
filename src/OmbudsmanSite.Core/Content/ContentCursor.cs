using System.Globalization;
using System.Text;

namespace OmbudsmanSite.Core.Content;

/// <summary>
/// The last item of a slice, by its sort key and id: the next slice starts after it. Written as an
/// opaque token (base64url) so clients pass it back as it is.
/// </summary>
public sealed record ContentCursor(ContentSort Sort, string Key, Guid Id)
{
    public string ToToken() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{(int)Sort}|{Id:N}|{Key}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The cursor a token names, or null when it is not one of ours.</summary>
    public static ContentCursor? Parse(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1_000)
        {
            return null;
        }

        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=')));
            var parts = text.Split('|', 3);
            return parts.Length == 3 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sort) && Enum.IsDefined((ContentSort)sort)
                && Guid.TryParseExact(parts[1], "N", out var id)
                ? new ContentCursor((ContentSort)sort, parts[2], id)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The cursor after an item dated <paramref name="sortDateUtc"/> (newest first).</summary>
    public static ContentCursor ForDate(DateTime sortDateUtc, Guid id) => new(ContentSort.DateDescending, sortDateUtc.Ticks.ToString(CultureInfo.InvariantCulture), id);

    /// <summary>The date the key of a date cursor holds, or null for another kind.</summary>
    public DateTime? Date => Sort == ContentSort.DateDescending && long.TryParse(Key, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks is >= 0 and <= 3155378975999999999
        ? new DateTime(ticks, DateTimeKind.Utc)
        : null;
}
