using System.Text.Json.Serialization;

namespace OmbudsmanSite.Web.Api;

/// <summary>A topic, organisation or person: its alias (stable, used in filters) and its name in the asked language.</summary>
public sealed record ApiTerm(string Alias, string Name)
{
    /// <summary>Its name in every language it has one in (with <c>expand=taxonomy</c> for topics and organisations, <c>expand=participants</c> for a meeting's people).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Names { get; init; }
}
