using OmbudsmanSite.Infrastructure.Identity;

namespace OmbudsmanSite.Infrastructure.Tests.Identity;

public sealed class CommonPasswordValidatorTests
{
    [Fact]
    public void The_shipped_list_has_at_least_ten_thousand_passwords() =>
        Assert.True(CommonPasswordValidator.Count >= 10_000, $"{CommonPasswordValidator.Count} entries");

    [Theory]
    [InlineData("qazwsxedcrfv")] // in the list as it is
    [InlineData("QwertyUiop")]
    [InlineData("password1234567")] // a listed word with digits added
    [InlineData("dragon2024!!")]
    [InlineData("aysel.mammadova@ombudsman.az")] // the account's own address
    [InlineData("aysel.mammadova2026")]
    public void Common_passwords_and_the_own_address_are_refused(string password) =>
        Assert.True(CommonPasswordValidator.IsCommon(password, "aysel.mammadova@ombudsman.az"), password);

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("Xəzər sahilində 3 gün")]
    [InlineData("tq9-vb2-kl8-mmz")]
    public void Uncommon_passwords_pass(string password) =>
        Assert.False(CommonPasswordValidator.IsCommon(password, "aysel.mammadova@ombudsman.az"), password);
}
