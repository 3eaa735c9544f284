using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Web.Components.Layout;
using OmbudsmanSite.Web.Localization;

namespace OmbudsmanSite.Web.Tests.Components;

public sealed class LanguageSwitcherTests : BunitContext
{
    private static readonly CultureDefinition Az = new() { Code = "az", CultureName = "az-Latn-AZ", NativeName = "Azərbaycan", IsDefault = true, Order = 1 };
    private static readonly CultureDefinition En = new() { Code = "en", CultureName = "en-GB", NativeName = "English", Order = 2 };
    private static readonly CultureDefinition Ru = new() { Code = "ru", CultureName = "ru-RU", NativeName = "Русский", Order = 3 };

    public LanguageSwitcherTests()
    {
        Services.AddSingleton(new SiteCultures([Az, En, Ru]));
        Services.AddSingleton<SiteText>();
    }

    [Fact]
    public void Current_language_is_not_a_link_and_others_are_in_their_own_names()
    {
        var switcher = Render<LanguageSwitcher>(p => p.Add(s => s.Links, [
            new LanguageLink(Az, "/az/gorusler/x", IsCurrent: false),
            new LanguageLink(En, "/en/meetings/x", IsCurrent: true),
            new LanguageLink(Ru, "/ru/vstrechi/x", IsCurrent: false),
        ]));

        var current = switcher.Find("[aria-current=page]");
        Assert.Equal("span", current.TagName, ignoreCase: true);
        Assert.Equal("English", current.TextContent);
        var links = switcher.FindAll("a");
        Assert.Equal(["Azərbaycan", "Русский"], links.Select(a => a.TextContent));
        Assert.Equal(["az", "ru"], links.Select(a => a.GetAttribute("hreflang")));
        Assert.Equal(["az", "ru"], links.Select(a => a.GetAttribute("lang")));
        Assert.Equal("nav", switcher.Find(".language-switcher").TagName, ignoreCase: true);
    }

    [Fact]
    public void A_missing_translation_is_said_in_that_language()
    {
        var switcher = Render<LanguageSwitcher>(p => p.Add(s => s.Links, [
            new LanguageLink(Az, null, IsCurrent: false),
            new LanguageLink(En, "/en/meetings/x", IsCurrent: true),
            new LanguageLink(Ru, null, IsCurrent: false),
        ]));

        var missing = switcher.FindAll(".not-translated");
        Assert.Equal(2, missing.Count);
        Assert.Equal("(tərcümə edilməyib)", missing[0].QuerySelector(".note")!.TextContent);
        Assert.Equal("(нет перевода)", missing[1].QuerySelector(".note")!.TextContent);
        Assert.Empty(switcher.FindAll("a"));
    }
}
