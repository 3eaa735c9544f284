using Microsoft.Extensions.Primitives;

namespace OmbudsmanSite.Web.Api;

/// <summary>
/// <c>expand=</c> and <c>fields=</c>, read strictly. <c>expand=media,related,related.taxonomy</c> adds the
/// item's media, its related items, and the related items' taxonomy (one level of nesting: what a
/// related item expands is named under <c>related.</c>). <c>fields=title,meeting.location,related.title</c>
/// keeps only those members (and always <c>id</c>, <c>type</c> and <c>culture</c>), at any depth.
/// </summary>
public sealed record ApiShape(IReadOnlySet<ApiExpansion> Expand, IReadOnlySet<ApiExpansion> RelatedExpand, ApiFields? Fields)
{
    public const string ExpandParameter = "expand";
    public const string FieldsParameter = "fields";
    private const string RelatedPrefix = "related.";

    /// <summary>Nothing expanded, every field: what an item is without <c>expand</c> or <c>fields</c>.</summary>
    public static ApiShape Plain { get; } = new(new HashSet<ApiExpansion>(), new HashSet<ApiExpansion>(), null);

    /// <summary>The shape of the related items themselves (their own related items are never expanded).</summary>
    public ApiShape ForRelated => new(RelatedExpand, new HashSet<ApiExpansion>(), null);

    public bool Expands(ApiExpansion expansion) => Expand.Contains(expansion);

    public static ApiShape Parse(IQueryCollection query, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(errors);
        var expand = new HashSet<ApiExpansion>();
        var related = new HashSet<ApiExpansion>();
        foreach (var name in Names(query[ExpandParameter]))
        {
            var nested = name.StartsWith(RelatedPrefix, StringComparison.Ordinal);
            var bare = nested ? name[RelatedPrefix.Length..] : name;
            if (!TryParse(bare, out var expansion) || (nested && expansion == ApiExpansion.Related))
            {
                errors[ExpandParameter] = [$"'{name}' is no expansion. Use {string.Join(", ", Enum.GetNames<ApiExpansion>().Select(ApiItemWriter.Camel))}, or related.<one of them but related>, comma-separated."];
                continue;
            }

            (nested ? related : expand).Add(expansion);
        }

        if (related.Count > 0)
        {
            expand.Add(ApiExpansion.Related);
        }

        ApiFields? fields = null;
        if (!StringValues.IsNullOrEmpty(query[FieldsParameter]))
        {
            fields = ApiFields.Parse(Names(query[FieldsParameter]), out var unknown);
            if (unknown.Count > 0)
            {
                errors[FieldsParameter] = [$"No such field: {string.Join(", ", unknown)}. Name an item's members as they are written, nested with a dot (meeting.location)."];
            }
        }

        return new ApiShape(expand, related, fields);
    }

    private static IEnumerable<string> Names(StringValues values) =>
        values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static bool TryParse(string name, out ApiExpansion expansion)
    {
        foreach (var candidate in Enum.GetValues<ApiExpansion>())
        {
            if (ApiItemWriter.Camel(candidate.ToString()) == name)
            {
                expansion = candidate;
                return true;
            }
        }

        expansion = default;
        return false;
    }
}
