using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace OmbudsmanSite.Infrastructure.Identity;

/// <summary>
/// Refuses passwords from <c>CommonPasswords.txt</c> (30,000 entries, see <c>tools/common-passwords</c>),
/// also with digits or symbols added at the end ("dragon2024!"), and the account's own address:
/// NIST SP 800-63B's blocklist in place of composition rules.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<BackofficeUser>
{
    public const string ErrorCode = "CommonPassword";

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public static int Count => Common.Value.Count;

    public Task<IdentityResult> ValidateAsync(UserManager<BackofficeUser> manager, BackofficeUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(IsCommon(password ?? "", user.Email)
            ? IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = "This password is one of the most common ones (or your address): choose another." })
            : IdentityResult.Success);
    }

    public static bool IsCommon(string password, string? email = null)
    {
        ArgumentNullException.ThrowIfNull(password);
        var lower = password.Trim().ToLowerInvariant();
        var stem = lower.TrimEnd("0123456789!@#$%^&*()_-+=.,?~ ".ToCharArray());
        return Common.Value.Contains(lower)
            || (stem.Length >= 4 && Common.Value.Contains(stem))
            || (email is { Length: > 0 } && (lower.Equals(email, StringComparison.OrdinalIgnoreCase)
                || (email.Split('@')[0] is { Length: >= 4 } local && stem.Equals(local, StringComparison.OrdinalIgnoreCase))));
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(typeof(CommonPasswordValidator).Namespace + ".CommonPasswords.txt")
            ?? throw new InvalidOperationException("CommonPasswords.txt is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line.ToLowerInvariant());
            }
        }

        return set;
    }
}
