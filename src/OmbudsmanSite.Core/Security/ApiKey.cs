using System.Security.Cryptography;
using System.Text;

using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Core.Security;

/// <summary>
/// A delivery API key an administrator made. Only its SHA-256 is kept: the secret is shown once, when
/// it is made, and a stolen database holds nothing that opens the API. A key is random (256 bits), so
/// a fast hash suffices where a password would need a slow one. <see cref="Hint"/> (its first
/// characters) lets people tell keys apart.
/// </summary>
public sealed class ApiKey
{
    public const string SecretPrefix = "osk_";
    public const int HintLength = 8;

    // For EF Core.
    private ApiKey()
    {
    }

    public ApiKey(Guid id, string name, string secret, ApiKeyScope scope, ActingUser createdBy, DateTime createdUtc)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(createdBy);
        Id = id;
        Name = name;
        Hash = HashOf(secret);
        Hint = secret[..Math.Min(HintLength, secret.Length)];
        Scope = scope;
        CreatedById = createdBy.Id;
        CreatedByName = createdBy.Name;
        CreatedUtc = createdUtc;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Lower-case hex SHA-256 of the secret.</summary>
    public string Hash { get; private set; } = "";

    public string Hint { get; private set; } = "";

    public ApiKeyScope Scope { get; private set; }

    public string CreatedById { get; private set; } = "";

    public string CreatedByName { get; private set; } = "";

    public DateTime CreatedUtc { get; private set; }

    public DateTime? RevokedUtc { get; private set; }

    public string? RevokedByName { get; private set; }

    public DateTime? LastUsedUtc { get; private set; }

    public bool IsRevoked => RevokedUtc is not null;

    public void Revoke(ActingUser user, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(user);
        RevokedUtc ??= nowUtc;
        RevokedByName ??= user.Name;
    }

    public void MarkUsed(DateTime nowUtc) => LastUsedUtc = nowUtc;

    /// <summary>A new secret: the prefix (so scanners and people know what it is) and 32 random bytes, URL-safe.</summary>
    public static string NewSecret() =>
        SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
