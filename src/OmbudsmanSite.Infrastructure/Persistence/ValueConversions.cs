using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Infrastructure.Persistence;

/// <summary>
/// SQLite hands DateTime back with Kind Unspecified and Npgsql only writes Kind Utc to timestamptz:
/// every DateTime in the model is UTC, so say so on the way in and out.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));

/// <summary>Short per-language values are a JSON object column: {"az":"…","en":"…"} on either database.</summary>
internal sealed class LocalizedTextConverter() : ValueConverter<LocalizedText, string>(
    value => JsonSerializer.Serialize(value.Values, JsonOptions),
    json => new LocalizedText(JsonSerializer.Deserialize<Dictionary<string, string>>(json, JsonOptions) ?? new Dictionary<string, string>()))
{
    internal static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

internal sealed class LocalizedTextComparer() : ValueComparer<LocalizedText>(
    (a, b) => a == null ? b == null : a.Equals(b),
    value => value.GetHashCode(),
    value => value);

internal sealed class StringListConverter() : ValueConverter<List<string>, string>(
    value => string.Join(',', value),
    joined => joined.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList());

internal sealed class StringListComparer() : ValueComparer<List<string>>(
    (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
    value => value.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode(StringComparison.Ordinal))),
    value => value.ToList());
