using OmbudsmanSite.Infrastructure.Identity;
using OtpNet;

namespace OmbudsmanSite.Infrastructure.Tests.Identity;

public sealed class AuthenticatorTokenProviderTests
{
    private const string Key = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static readonly DateTime Now = new(2026, 12, 1, 9, 0, 10, DateTimeKind.Utc);
    private static readonly long NowStep = new DateTimeOffset(Now).ToUnixTimeSeconds() / 30;
    private static readonly Totp Totp = new(Base32Encoding.ToBytes(Key));

    [Fact]
    public void A_code_of_this_step_or_the_one_before_is_accepted_and_named_by_its_step()
    {
        Assert.Equal(NowStep, AuthenticatorTokenProvider.Verify(Key, Totp.ComputeTotp(Now), Now));
        Assert.Equal(NowStep - 1, AuthenticatorTokenProvider.Verify(Key, Totp.ComputeTotp(Now.AddSeconds(-30)), Now));
        var spaced = Totp.ComputeTotp(Now).Insert(3, " ");
        Assert.Equal(NowStep, AuthenticatorTokenProvider.Verify(Key, spaced, Now));
    }

    [Fact]
    public void Old_short_or_keyless_codes_are_refused()
    {
        Assert.Null(AuthenticatorTokenProvider.Verify(Key, Totp.ComputeTotp(Now.AddMinutes(-2)), Now));
        Assert.Null(AuthenticatorTokenProvider.Verify(Key, Totp.ComputeTotp(Now)[..5], Now));
        Assert.Null(AuthenticatorTokenProvider.Verify(null, Totp.ComputeTotp(Now), Now));
        Assert.Null(AuthenticatorTokenProvider.Verify(Key, "", Now));
    }

    [Fact]
    public void The_authenticator_address_names_issuer_and_account()
    {
        var uri = AuthenticatorTokenProvider.AuthenticatorUri("Ombudsman backoffice", "aysel@ombudsman.az", Key);
        Assert.Equal($"otpauth://totp/Ombudsman%20backoffice:aysel%40ombudsman.az?secret={Key}&issuer=Ombudsman%20backoffice&digits=6&period=30", uri);
    }
}
