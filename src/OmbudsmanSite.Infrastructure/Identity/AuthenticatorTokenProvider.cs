using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace OmbudsmanSite.Infrastructure.Identity;

/// <summary>
/// RFC 6238 codes (Otp.NET) from the user's authenticator key: 6 digits, 30 s steps, one step of
/// clock drift either way. Unlike Identity's own provider it accepts each step once, so a code seen
/// over a shoulder cannot be used again within its 30 seconds.
/// </summary>
public sealed class AuthenticatorTokenProvider(TimeProvider time) : IUserTwoFactorTokenProvider<BackofficeUser>
{
    public const string ProviderName = "OtpNetAuthenticator";

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<BackofficeUser> manager, BackofficeUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(user.TwoFactorEnabled);
    }

    /// <summary>Codes come from the user's app, never from the server.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<BackofficeUser> manager, BackofficeUser user) => Task.FromResult("");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<BackofficeUser> manager, BackofficeUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var step = Verify(key, token, time.GetUtcNow().UtcDateTime);
        if (step is null || step <= user.LastAuthenticatorStep)
        {
            return false;
        }

        user.LastAuthenticatorStep = step;
        return (await manager.UpdateAsync(user)).Succeeded;
    }

    /// <summary>The six digits of an authenticator code as typed ("123 456"); null when the input is something else (a password, a recovery code).</summary>
    public static string? CodeIn(string? input)
    {
        var compact = new string([.. (input ?? "").Where(c => !char.IsWhiteSpace(c))]);
        return compact.Length == 6 && compact.All(char.IsAsciiDigit) ? compact : null;
    }

    /// <summary>The time step the code belongs to, or null when it matches none near <paramref name="utcNow"/>.</summary>
    public static long? Verify(string? base32Key, string? code, DateTime utcNow)
    {
        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (string.IsNullOrEmpty(base32Key) || digits.Length != 6)
        {
            return null;
        }

        var totp = new Totp(Base32Encoding.ToBytes(base32Key));
        return totp.VerifyTotp(utcNow, digits, out var step, new VerificationWindow(previous: 1, future: 1)) ? step : null;
    }

    /// <summary>The otpauth:// address an authenticator app reads from the QR code.</summary>
    public static string AuthenticatorUri(string issuer, string account, string base32Key) =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}?secret={base32Key}&issuer={Uri.EscapeDataString(issuer)}&digits=6&period=30";
}
