using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Search;

/// <summary>The text of a report's PDF (read with PdfPig) is found in the report's own language.</summary>
public sealed class ReportTextSearchTests : IAsyncLifetime
{
    private static readonly Guid FixtureReport = Guid.Parse("0e5a1f00-0000-4000-8000-000000000002");
    private SearchTestSite _site = null!;

    // The fixture report's English PDF (tests/TestData/uSync/Media/Reports) holds these words on its two pages.
    public async Task InitializeAsync() => _site = await SearchTestSite.CreateAsync(withCorpus: false);

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Words_only_in_the_pdf_find_the_report_with_a_snippet_from_it()
    {
        var results = await _site.SearchAsync("en", "quarantine facilities");

        var hit = Assert.Single(results.Hits);
        Assert.Equal(FixtureReport, hit.ItemId);
        Assert.Contains(hit.Snippet.Runs, r => r.IsMatch && r.Text == "quarantine");
    }

    [Fact]
    public async Task The_pdf_is_searched_in_its_own_language_only()
    {
        Assert.Empty((await _site.SearchAsync("az", "quarantine")).Hits);
        Assert.Equal(FixtureReport, (await _site.SearchAsync("en", "pensions")).Hits[0].ItemId); // Second page of the PDF.
    }
}
