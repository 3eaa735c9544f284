using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace OmbudsmanSite.Infrastructure.Identity;

/// <summary>
/// Refuses passwords that are easy to guess by their make-up, not only by a list: zxcvbn (Dropbox's
/// estimator, the zxcvbn-core port) scores each from 0 to 4 by the patterns it finds (words, repeats,
/// sequences, keyboard runs, dates, the user's own name and address), and a score under
/// <see cref="BackofficeOptions.MinimumPasswordScore"/> is refused with the pattern that weakened it,
/// which the backoffice words in the user's language. "aaaaaaaaaaaa" and "passwordpassword" are long
/// enough, and score 0.
/// </summary>
public sealed class PasswordStrengthValidator(IOptions<BackofficeOptions> options) : IPasswordValidator<BackofficeUser>
{
    /// <summary>The error code's prefix; the pattern follows it ("WeakPassword:repeat").</summary>
    public const string ErrorCodePrefix = "WeakPassword:";

    /// <summary>The patterns a refusal names; "other" when only the length or the mix of characters is short.</summary>
    public static IReadOnlyList<string> Patterns { get; } = ["user", "dictionary", "repeat", "sequence", "spatial", "date", "other"];

    public Task<IdentityResult> ValidateAsync(UserManager<BackofficeUser> manager, BackofficeUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(Weakness(password ?? "", user) is { } pattern
            ? IdentityResult.Failed(new IdentityError { Code = ErrorCodePrefix + pattern, Description = $"This password is too easy to guess ({pattern})." })
            : IdentityResult.Success);
    }

    /// <summary>The pattern that makes <paramref name="password"/> guessable, or null when it scores high enough.</summary>
    public string? Weakness(string password, BackofficeUser user)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(user);
        if (password.Length == 0)
        {
            return null; // Identity's own rules say it is missing
        }

        string[] own = [.. new[] { user.Email, user.Email?.Split('@')[0], user.DisplayName, "ombudsman", "backoffice" }.OfType<string>().Where(s => s.Length > 0)];
        var result = Zxcvbn.Zxcvbn.MatchPassword(password, own);
        if (result.Score >= options.Value.MinimumPasswordScore)
        {
            return null;
        }

        // The longest pattern found names the weakness; a password made only of unpatterned characters is just short.
        var main = result.MatchSequence.Where(m => m.Pattern != "bruteforce").OrderByDescending(m => m.Token.Length).FirstOrDefault();
        return main switch
        {
            Zxcvbn.Matcher.DictionaryMatch { DictionaryName: "user_inputs" } => "user",
            { Pattern: "dictionary" or "repeat" or "sequence" or "spatial" or "date" } => main.Pattern,
            _ => "other",
        };
    }
}
