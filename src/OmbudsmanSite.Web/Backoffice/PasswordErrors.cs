using Microsoft.AspNetCore.Identity;
using OmbudsmanSite.Infrastructure.Identity;

namespace OmbudsmanSite.Web.Backoffice;

/// <summary>Identity's password refusals in the user's language.</summary>
public static class PasswordErrors
{
    public static IEnumerable<string> Describe(IdentityResult result, BackofficeText text, int minimumLength)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(text);
        return result.Errors.Select(e => e.Code switch
        {
            nameof(IdentityErrorDescriber.PasswordTooShort) => text.Format("PasswordTooShort", minimumLength),
            CommonPasswordValidator.ErrorCode => text["PasswordCommon"],
            nameof(IdentityErrorDescriber.InvalidToken) => text["LinkInvalid"],
            { } code when code.StartsWith(PasswordStrengthValidator.ErrorCodePrefix, StringComparison.Ordinal) =>
                $"{text[$"PasswordWeak_{code[PasswordStrengthValidator.ErrorCodePrefix.Length..]}"]} {text["PasswordWeakAdvice"]}",
            _ => e.Description,
        }).Distinct();
    }
}
