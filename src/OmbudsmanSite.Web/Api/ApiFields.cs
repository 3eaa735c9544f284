using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;

namespace OmbudsmanSite.Web.Api;

/// <summary>
/// The members <c>fields=</c> keeps, as a tree (<c>meeting.location</c> keeps <c>location</c> inside
/// <c>meeting</c>; <c>meeting</c> alone keeps all of it), checked against what an item is written with,
/// and applied to an item written as JSON.
/// </summary>
public sealed class ApiFields
{
    /// <summary>Kept whatever is asked: what says which item this is.</summary>
    private static readonly string[] Always = ["id", "type", "culture"];

    private static readonly Schema ItemSchema = Schema.Of(typeof(ApiItem), depth: 0);

    private readonly Dictionary<string, ApiFields?> _members = new(StringComparer.Ordinal);

    private ApiFields()
    {
    }

    /// <summary>The tree of <paramref name="paths"/>; the ones no item has are in <paramref name="unknown"/>.</summary>
    public static ApiFields Parse(IEnumerable<string> paths, out IReadOnlyList<string> unknown)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var root = new ApiFields();
        var wrong = new List<string>();
        foreach (var path in paths)
        {
            var parts = path.Split('.');
            if (!ItemSchema.Has(parts))
            {
                wrong.Add(path);
                continue;
            }

            var node = root;
            for (var i = 0; i < parts.Length; i++)
            {
                var last = i == parts.Length - 1;
                if (node._members.TryGetValue(parts[i], out var child) && child is null)
                {
                    break; // already kept whole
                }

                if (last)
                {
                    node._members[parts[i]] = null;
                    break;
                }

                node = node._members[parts[i]] = child ?? new ApiFields();
            }
        }

        unknown = wrong;
        return root;
    }

    /// <summary>Removes from <paramref name="item"/> (an item written as JSON) every member not asked for.</summary>
    public void ApplyToItem(JsonObject item)
    {
        ArgumentNullException.ThrowIfNull(item);
        Apply(item, Always);
    }

    private void Apply(JsonNode? node, IReadOnlyCollection<string> keep)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var element in array)
                {
                    Apply(element, keep);
                }

                break;
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (_members.TryGetValue(name, out var child))
                    {
                        // A related item is an item: it keeps what says which one it is.
                        child?.Apply(obj[name], name == "related" ? Always : []);
                    }
                    else if (!keep.Contains(name))
                    {
                        obj.Remove(name);
                    }
                }

                break;
        }
    }

    /// <summary>The members an API type is written with, camelCase, and theirs (related items: one level).</summary>
    private sealed class Schema
    {
        private readonly Dictionary<string, Schema?> _members = new(StringComparer.Ordinal);

        public static Schema Of(Type type, int depth)
        {
            var schema = new Schema();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var element = ElementOf(property.PropertyType);
                var nested = element.Namespace == typeof(ApiItem).Namespace && element.IsClass
                    && (element != typeof(ApiItem) || depth == 0)
                    ? Of(element, element == typeof(ApiItem) ? depth + 1 : depth)
                    : null;
                schema._members[ApiItemWriter.Camel(property.Name)] = nested;
            }

            return schema;
        }

        public bool Has(ReadOnlySpan<string> path) =>
            path.Length == 0 || (_members.TryGetValue(path[0], out var child) && (path.Length == 1 || (child is not null && child.Has(path[1..]))));

        // A list's or a dictionary's values; dictionaries of scalars are leaves.
        private static Type ElementOf(Type type)
        {
            var nullable = Nullable.GetUnderlyingType(type) ?? type;
            if (nullable != typeof(string) && typeof(IEnumerable).IsAssignableFrom(nullable) && nullable.IsGenericType)
            {
                return nullable.GetGenericArguments()[^1];
            }

            return nullable;
        }
    }
}
