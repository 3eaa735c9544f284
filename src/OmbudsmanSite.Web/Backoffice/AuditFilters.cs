using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Web.Backoffice;

/// <summary>
/// The audit trail's filters as its address carries them — who, item (an id, or any address holding
/// one, such as the editor's), action, from and to as Baku days — read the same way by the page and
/// by its CSV export.
/// </summary>
public sealed record AuditFilters(string? User, string? Item, string? Action, string? From, string? To)
{
    public static AuditFilters Of(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new(Value(query, "user"), Value(query, "item"), Value(query, "action"), Value(query, "from"), Value(query, "to"));
    }

    /// <summary>The query; each filter that cannot be read is left out and named in <paramref name="invalid"/> (field id, string key).</summary>
    public AuditQuery ToQuery(SiteClock clock, int page, int pageSize, ICollection<(string Field, string MessageKey)> invalid)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(invalid);
        Guid? item = null;
        if (Item is { Length: > 0 })
        {
            if (ItemReference.TryParse(Item, out var id))
            {
                item = id;
            }
            else
            {
                invalid.Add(("item", "AuditItemInvalid"));
            }
        }

        AuditAction? action = null;
        if (Action is { Length: > 0 })
        {
            if (FilterValue.TryEnum<AuditAction>(Action, out var parsed))
            {
                action = parsed;
            }
            else
            {
                invalid.Add(("action", "AuditActionInvalid"));
            }
        }

        if (!DayInput.TryParse(From, out var from))
        {
            invalid.Add(("from", "InvalidDate"));
        }

        if (!DayInput.TryParse(To, out var to))
        {
            invalid.Add(("to", "InvalidDate"));
        }

        return new AuditQuery
        {
            UserId = User is { Length: > 0 } ? User : null,
            DocumentId = item,
            Action = action,
            FromUtc = from is { } f ? clock.LocalMidnightUtc(f) : null,
            ToUtc = to is { } t ? clock.LocalMidnightUtc(t.AddDays(1)) : null,
            Page = page,
            PageSize = pageSize,
        };
    }

    private static string? Value(IQueryCollection query, string key) => FilterValue.Of(query, key);
}
