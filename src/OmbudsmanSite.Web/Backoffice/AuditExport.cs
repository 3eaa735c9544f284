using System.Globalization;
using System.Text;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Web.Backoffice;

/// <summary>
/// The audit trail as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read
/// Azerbaijani and Russian). A cell that a spreadsheet would run as a formula is prefixed with an
/// apostrophe: details hold titles typed by anyone.
/// </summary>
public static class AuditExport
{
    private static readonly string[] Header = ["When (Baku)", "When (UTC)", "User", "User id", "Action", "Item", "Cultures", "Version", "Detail"];

    public static async Task WriteAsync(HttpResponse response, IAsyncEnumerable<AuditEntry> entries, SiteClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(clock);
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"audit-{clock.ToLocal(clock.UtcNow):yyyyMMdd-HHmm}.csv\"";
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024);
        await writer.WriteAsync(Line(Header));
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(Line(
            [
                clock.ToLocal(entry.Utc).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture),
                entry.Utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                entry.UserName,
                entry.UserId,
                entry.Action.ToString(),
                entry.DocumentId?.ToString("D") ?? "",
                entry.Cultures,
                entry.VersionNumber?.ToString(CultureInfo.InvariantCulture) ?? "",
                entry.Detail ?? "",
            ]));
        }
    }

    /// <summary>One CSV record: every cell quoted, quotes doubled, a formula's first character defused.</summary>
    public static string Line(IReadOnlyList<string> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var line = new StringBuilder();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            var cell = cells[i];
            if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            {
                cell = "'" + cell;
            }

            line.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }

        return line.Append("\r\n").ToString();
    }
}
