using System.Text.Json;
using System.Text.Json.Serialization;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>How a version's values are stored: one JSON document, the same on SQLite and PostgreSQL.</summary>
internal static class ContentValuesJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new LocalizedTextJsonConverter(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(ContentValues values) => JsonSerializer.Serialize(values, Options);

    public static ContentValues Deserialize(string json)
    {
        var values = JsonSerializer.Deserialize<ContentValues>(json, Options) ?? new ContentValues();

        // Culture keys compare without case, as everywhere else.
        return values with { Cultures = new Dictionary<string, CultureValues>(values.Cultures, StringComparer.OrdinalIgnoreCase) };
    }

    private sealed class LocalizedTextJsonConverter : JsonConverter<LocalizedText>
    {
        public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(JsonSerializer.Deserialize<Dictionary<string, string>>(ref reader, options) ?? []);

        public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.Values, options);
    }
}
