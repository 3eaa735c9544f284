using System.Text.Json.Serialization;

namespace OmbudsmanSite.Web.Api;

/// <summary>A report's year, kind and the media item of its file in each language.</summary>
public sealed record ApiReport(int Year, string Kind, IReadOnlyDictionary<string, Guid> Files)
{
    /// <summary>The files themselves, by language (with <c>expand=media</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, ApiMedia>? FileMedia { get; init; }
}
