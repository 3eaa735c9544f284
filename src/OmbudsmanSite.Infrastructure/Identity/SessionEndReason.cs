namespace OmbudsmanSite.Infrastructure.Identity;

/// <summary>Why a backoffice session ended before its cookie did.</summary>
public enum SessionEndReason
{
    SignedOut,
    SignedOutEverywhere,
    AccountDisabled,
    RightsReduced,
    PasswordChanged,
    TwoFactorReset,
}
