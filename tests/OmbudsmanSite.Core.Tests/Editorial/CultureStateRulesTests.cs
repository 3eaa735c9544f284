using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Core.Tests.Editorial;

public sealed class CultureStateRulesTests
{
    [Theory]
    [InlineData(1, null, 1, null, false, CultureState.Draft)]
    [InlineData(3, 3, 3, 3, false, CultureState.Published)]
    [InlineData(4, 3, 3, 3, false, CultureState.PublishedWithPendingChanges)] // its text changed since
    [InlineData(3, 3, 5, 3, false, CultureState.PublishedWithPendingChanges)] // dates, participants... changed since
    [InlineData(3, 3, 5, 5, false, CultureState.Published)] // another culture's publish took the invariant values live
    [InlineData(1, null, 1, null, true, CultureState.Scheduled)]
    [InlineData(4, 3, 3, 3, true, CultureState.Scheduled)]
    public void A_culture_has_one_state(int changed, int? published, int invariantChanged, int? invariantPublished, bool scheduled, CultureState expected) =>
        Assert.Equal(expected, CultureStateRules.StateOf(changed, published, invariantChanged, invariantPublished, scheduled));
}
