using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace OmbudsmanSite.Infrastructure.Media;

/// <summary>
/// Signs an image path with its commands (HMAC-SHA256 over path + canonical commands), so only the
/// sizes the site's own templates ask for are ever processed; anything else is refused.
/// </summary>
public sealed class ImageUrlSigner
{
    public const string SignatureKey = "sig";
    private const int SignatureBytes = 16;

    private readonly byte[] _key;

    public ImageUrlSigner(IOptions<MediaOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = options.Value.SigningKey;
        if (string.IsNullOrWhiteSpace(configured))
        {
            _key = RandomNumberGenerator.GetBytes(32);
            return;
        }

        _key = Convert.FromBase64String(configured);
        if (_key.Length < 32)
        {
            throw new InvalidOperationException($"{MediaOptions.SectionName}:SigningKey must be at least 32 bytes (base64).");
        }
    }

    public string Sign(string path, string canonicalCommands)
    {
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(path + "?" + canonicalCommands));
        return Convert.ToBase64String(mac, 0, SignatureBytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Constant-time comparison with the signature the path and commands should carry.</summary>
    public bool IsValid(string path, string canonicalCommands, string? signature)
    {
        if (string.IsNullOrEmpty(signature) || signature.Length > 64)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(path, canonicalCommands)), Encoding.ASCII.GetBytes(signature));
    }
}
