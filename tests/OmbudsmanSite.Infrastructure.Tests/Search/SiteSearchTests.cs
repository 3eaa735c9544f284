using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Search;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Search;

public sealed class SiteSearchTests : IAsyncLifetime
{
    private SearchTestSite _site = null!;

    public async Task InitializeAsync() => _site = await SearchTestSite.CreateAsync();

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Finds_a_word_in_the_page_language_with_highlighted_title()
    {
        var results = await _site.SearchAsync("en", "prison");

        var hit = Assert.Single(results.Hits);
        Assert.Equal("National Preventive Group visits Gobustan prison", hit.Title.Text);
        Assert.Contains(hit.Title.Runs, r => r.IsMatch && r.Text == "prison");
        Assert.Equal(SearchIndexStatus.Ready, results.Status);
    }
}
