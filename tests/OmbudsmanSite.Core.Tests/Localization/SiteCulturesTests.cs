using OmbudsmanSite.Core.Localization;

namespace OmbudsmanSite.Core.Tests.Localization;

public sealed class SiteCulturesTests
{
    private static readonly CultureDefinition Az = new() { Code = "az", CultureName = "az-Latn-AZ", NativeName = "Azərbaycan", IsDefault = true, Order = 1 };
    private static readonly CultureDefinition En = new() { Code = "en", CultureName = "en-GB", NativeName = "English", Order = 2 };
    private static readonly CultureDefinition Ru = new() { Code = "ru", CultureName = "ru-RU", NativeName = "Русский", Order = 3 };

    private static SiteCultures Cultures() => new([Ru, En, Az]);

    [Fact]
    public void Orders_languages_for_the_switcher()
    {
        Assert.Equal(["az", "en", "ru"], Cultures().All.Select(c => c.Code));
        Assert.Equal("az", Cultures().Default.Code);
    }

    [Theory]
    [InlineData(new[] { "ru-RU", "en" }, "ru")]
    [InlineData(new[] { "de-DE", "en-US" }, "en")]
    [InlineData(new[] { "fr" }, "az")]
    [InlineData(new string[0], "az")]
    [InlineData(new[] { "AZ" }, "az")]
    public void Negotiates_the_first_supported_language(string[] preferred, string expected) =>
        Assert.Equal(expected, Cultures().Negotiate(preferred).Code);

    [Fact]
    public void Requires_exactly_one_default()
    {
        var noDefault = new CultureDefinition { Code = "az", CultureName = "az-Latn-AZ" };

        Assert.Throws<InvalidOperationException>(() => new SiteCultures([noDefault]));
        Assert.Throws<InvalidOperationException>(() => new SiteCultures([Az, new CultureDefinition { Code = "tr", CultureName = "tr-TR", IsDefault = true }]));
    }

    [Fact]
    public void A_fourth_language_is_configuration_only()
    {
        var tr = new CultureDefinition { Code = "tr", CultureName = "tr-TR", NativeName = "Türkçe", Order = 4 };

        var cultures = new SiteCultures([Az, En, Ru, tr]);

        Assert.True(cultures.IsKnown("tr"));
        Assert.Equal("tr", cultures.Negotiate(["tr-TR"]).Code);
        Assert.Equal("tr-TR", cultures.CultureInfoFor("tr").Name);
    }
}
