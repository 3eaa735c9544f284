using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Search;
using OmbudsmanSite.Infrastructure.Search;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Search;

public sealed class SiteSearchTests : IAsyncLifetime
{
    private static readonly Guid PrisonNews = Guid.Parse("0e5a1f00-0000-4000-8000-000000000101");
    private static readonly Guid FixtureNews = Guid.Parse("0e5a1f00-0000-4000-8000-000000000001");

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

    [Fact]
    public async Task Every_word_must_match()
    {
        Assert.NotEmpty((await _site.SearchAsync("en", "prison Gobustan")).Hits);
        Assert.Empty((await _site.SearchAsync("en", "prison Caspian")).Hits);
    }

    [Fact]
    public async Task A_phrase_matches_only_its_words_in_order()
    {
        Assert.NotEmpty((await _site.SearchAsync("en", "\"domestic violence\"")).Hits);
        Assert.Empty((await _site.SearchAsync("en", "\"violence domestic\"")).Hits);
    }

    [Fact]
    public async Task Snippet_marks_stemmed_and_folded_matches_in_the_body()
    {
        var hit = (await _site.SearchAsync("az", "mehkum")).Hits.Single(h => h.ItemId == PrisonNews);

        Assert.Contains(hit.Snippet.Runs, r => r.IsMatch && r.Text == "Məhkumlarla");
        Assert.True(hit.Snippet.Text.Length <= 240, hit.Snippet.Text);
    }

    [Fact]
    public async Task Title_outranks_body()
    {
        // "hotline" is in the title of one item and only in the body of another.
        var results = await _site.SearchAsync("en", "hotline");

        Assert.True(results.Hits.Count >= 2);
        Assert.Equal("Domestic violence hotline strengthened", results.Hits[0].Title.Text);
    }

    [Fact]
    public async Task Culture_results_come_first_and_widening_adds_the_other_languages()
    {
        var narrow = await _site.Search.SearchAsync(new SearchQuery { Culture = "en", Text = "Aliyeva", PageSize = 50 });
        var wide = await _site.Search.SearchAsync(new SearchQuery { Culture = "en", Text = "Aliyeva", PageSize = 50, AllLanguages = true });

        Assert.All(narrow.Hits, h => Assert.Equal("en", h.Culture));
        Assert.True(narrow.OtherLanguagesCount > 0);
        Assert.Equal(narrow.TotalCount + narrow.OtherLanguagesCount, wide.TotalCount);
        Assert.All(wide.Hits.Take(narrow.TotalCount), h => Assert.Equal("en", h.Culture));
        Assert.All(wide.Hits.Skip(narrow.TotalCount), h => Assert.NotEqual("en", h.Culture));
        Assert.Contains(wide.Hits, h => h.Culture == "ru" && h.Title.Runs.Any(r => r.IsMatch && r.Text == "Алиева"));
    }

    [Fact]
    public async Task Facets_count_types_years_topics_and_formats_and_filters_narrow()
    {
        var all = await _site.Search.SearchAsync(new SearchQuery { Culture = "en", Text = "Ombudsman" });
        var meetings = await _site.Search.SearchAsync(new SearchQuery { Culture = "en", Text = "Ombudsman", Type = DocumentType.Meeting });

        var types = all.Facets[SearchFacet.Type].ToDictionary(f => f.Value, f => f.Count);
        Assert.Equal(types["meeting"], meetings.TotalCount);
        Assert.All(meetings.Hits, h => Assert.Equal(DocumentType.Meeting, h.Type));

        // Counts describe the narrowed results; the chosen value stays listed so it can be removed.
        Assert.Equal([new FacetCount("meeting", meetings.TotalCount)], meetings.Facets[SearchFacet.Type]);
        Assert.True(types.Count > 1);
        Assert.Contains(meetings.Facets[SearchFacet.Format], f => f.Value == "videoconference" && f.Count == 1);
        Assert.Equal(meetings.TotalCount, meetings.Facets[SearchFacet.Year].Sum(f => f.Count) + meetings.Hits.Count(h => h.DateUtc is null));
    }

    [Fact]
    public async Task Filters_by_topic_organisation_person_format_and_date_range()
    {
        async Task<int> Count(SearchQuery query) => (await _site.Search.SearchAsync(query)).TotalCount;
        var meetings = new SearchQuery { Culture = "en", Type = DocumentType.Meeting };

        Assert.Equal(1, await Count(meetings with { Person = "vladimir-shkolnikov" }));
        Assert.Equal(3, await Count(meetings with { Organisation = "ohchr" }));
        Assert.Equal(1, await Count(meetings with { Organisation = "ohchr", Year = 2021 }));
        Assert.Equal(1, await Count(meetings with { Format = MeetingFormat.Videoconference }));
        Assert.Equal(2, await Count(meetings with { From = new DateOnly(2024, 7, 11), To = new DateOnly(2024, 7, 12) }));
        Assert.Equal(1, await Count(meetings with { From = new DateOnly(2024, 7, 12), To = new DateOnly(2024, 7, 12) }));
        Assert.Equal(0, await Count(meetings with { Person = "no-such-person" }));

        // The index agrees with the database's own filtered lists.
        var topic = new ContentFilter(Topic: "national-preventive-mechanism");
        var listed = 0;
        foreach (var type in new[] { DocumentType.NewsArticle, DocumentType.Meeting, DocumentType.Report })
        {
            listed += (await _site.Site.Published.ListAsync(type, "en", topic, 1, 10)).TotalCount;
        }

        Assert.True(listed >= 2);
        Assert.Equal(listed, await Count(new SearchQuery { Culture = "en", Topic = "national-preventive-mechanism" }));
    }

    [Fact]
    public async Task Sorts_by_date_when_asked()
    {
        var results = await _site.Search.SearchAsync(new SearchQuery { Culture = "en", Text = "Ombudsman", Sort = SearchSort.Newest, PageSize = 50 });

        // Undated items sort by their creation, as in the lists; the dated ones must be newest first.
        var dates = results.Hits.Where(h => h.DateUtc is not null).Select(h => h.DateUtc!.Value).ToList();
        Assert.True(dates.Count > 5);
        Assert.Equal(dates.OrderDescending(), dates);
    }

    [Fact]
    public async Task Pages_do_not_overlap_and_cover_every_result()
    {
        var first = await _site.Search.SearchAsync(new SearchQuery { Culture = "en", Text = "Ombudsman", PageSize = 4, AllLanguages = true });
        var seen = new List<(Guid, string)>();
        for (var page = 1; page <= first.PageCount; page++)
        {
            var results = await _site.Search.SearchAsync(new SearchQuery { Culture = "en", Text = "Ombudsman", PageSize = 4, Page = page, AllLanguages = true });
            seen.AddRange(results.Hits.Select(h => (h.ItemId, h.Culture)));
        }

        Assert.True(first.TotalCount > 8);
        Assert.Equal(first.TotalCount, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task Did_you_mean_offers_a_word_from_the_index_when_nothing_matches()
    {
        // Too short for typo tolerance, so nothing matches; "cells" is one edit away.
        var results = await _site.SearchAsync("en", "cels");

        Assert.Empty(results.Hits);
        Assert.Equal("cells", results.DidYouMean);
        Assert.Null((await _site.SearchAsync("en", "prison")).DidYouMean);
    }

    [Fact]
    public async Task Suggestions_complete_the_last_word_of_titles_in_the_culture()
    {
        var suggestions = await _site.Search.SuggestAsync("az", "həbsx", 8);
        var none = await _site.Search.SuggestAsync("az", "h", 8);

        Assert.Equal(PrisonNews, Assert.Single(suggestions).ItemId);
        Assert.Equal("az", suggestions[0].Culture);
        Assert.Empty(none);
        Assert.Contains(await _site.Search.SuggestAsync("en", "domestic vio", 8), s => s.Title == "Domestic violence hotline strengthened");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*")]
    [InlineData("\"")]
    [InlineData("\"prison")]
    [InlineData("title:prison")]
    [InlineData("prison~2")]
    [InlineData("\\")]
    [InlineData("(prison OR")]
    [InlineData("[a TO z]")]
    [InlineData("?*?*?*")]
    public async Task Query_syntax_is_never_an_error(string text)
    {
        var results = await _site.SearchAsync("en", text);

        Assert.NotNull(results);
        Assert.All(results.Hits, h => Assert.Equal("en", h.Culture));
    }

    [Fact]
    public async Task Unbalanced_quote_is_ignored_and_very_long_input_is_cut()
    {
        Assert.NotEmpty((await _site.SearchAsync("en", "\"prison")).Hits);
        var results = await _site.SearchAsync("en", string.Concat(Enumerable.Repeat("prison ", 10_000)));
        Assert.NotEmpty(results.Hits);
    }

    [Fact]
    public async Task Editing_publishing_and_unpublishing_reach_the_index()
    {
        await _site.EditAsync(PrisonNews, values => Retitle(values, "en", "National Preventive Group visits Gobustan penitentiary"), "en");
        await _site.EditAsync(FixtureNews, values => values, "ru");
        Assert.Equal(6, await _site.Indexer.SynchronizeAsync()); // Every variant of both items: item-level changes reach them all.

        Assert.Equal("National Preventive Group visits Gobustan penitentiary", (await _site.SearchAsync("en", "penitentiary")).Hits[0].Title.Text);
        Assert.Contains((await _site.SearchAsync("ru", "черновик")).Hits, h => h.ItemId == FixtureNews);

        await _site.UnpublishAsync(PrisonNews, "en");
        await _site.Indexer.SynchronizeAsync();
        Assert.DoesNotContain((await _site.SearchAsync("en", "Gobustan")).Hits, h => h.ItemId == PrisonNews);
        Assert.Equal(0, await _site.Indexer.SynchronizeAsync());
    }

    [Fact]
    public async Task The_items_the_journal_names_are_updated_and_only_those()
    {
        await _site.EditAsync(PrisonNews, values => Retitle(values, "en", "Gobustan penitentiary inspected"), "en");
        await _site.EditAsync(FixtureNews, values => values, "ru");

        Assert.Equal(3, await _site.Indexer.SynchronizeItemsAsync([PrisonNews])); // its three cultures (the item's stamp moved), not FixtureNews
        Assert.Equal("Gobustan penitentiary inspected", (await _site.SearchAsync("en", "inspected")).Hits[0].Title.Text);
        Assert.DoesNotContain((await _site.SearchAsync("ru", "черновик")).Hits, h => h.ItemId == FixtureNews);

        await _site.UnpublishAsync(PrisonNews, "en");

        Assert.Equal(3, await _site.Indexer.SynchronizeItemsAsync([PrisonNews])); // en removed, az and ru re-stamped
        Assert.Empty((await _site.SearchAsync("en", "inspected")).Hits);
        Assert.Equal(0, await _site.Indexer.SynchronizeItemsAsync([PrisonNews]));
    }

    [Fact]
    public async Task A_bulk_publish_that_names_more_items_than_one_query_may_bind_is_indexed()
    {
        await _site.EditAsync(PrisonNews, values => Retitle(values, "en", "Gobustan penitentiary bulk-inspected"), "en");

        // 40,000 ids (one query may bind 32,766 on SQLite): the others are ids of nothing, as deleted items' are.
        IReadOnlyCollection<Guid> named = [.. Enumerable.Range(0, 40_000).Select(_ => Guid.NewGuid()), PrisonNews];
        Assert.Equal(3, await _site.Indexer.SynchronizeItemsAsync(named));
        Assert.Equal("Gobustan penitentiary bulk-inspected", (await _site.SearchAsync("en", "bulk-inspected")).Hits[0].Title.Text);
    }

    [Fact]
    public async Task A_missing_index_is_rebuilt_on_start()
    {
        _site.Index.Dispose();
        Directory.Delete(_site.Index.Path, recursive: true);

        Assert.Equal(SearchIndexStartKind.Built, (await _site.RestartAsync()).Kind);
        Assert.Equal(await NewestJournalSequenceAsync(), _site.Index.JournalSequence);

        Assert.Equal(SearchIndexStatus.Ready, _site.Search.Status);
        Assert.NotEmpty((await _site.SearchAsync("en", "prison")).Hits);
    }

    [Fact]
    public async Task A_corrupt_index_is_rebuilt_on_start()
    {
        _site.Index.Dispose();
        foreach (var file in Directory.GetFiles(_site.Index.Path, "segments_*"))
        {
            await File.WriteAllBytesAsync(file, [1, 2, 3, 4, 5, 6, 7, 8]);
        }

        await _site.RestartAsync();

        Assert.Equal(SearchIndexStatus.Ready, _site.Search.Status);
        Assert.NotEmpty((await _site.SearchAsync("en", "prison")).Hits);
    }

    [Fact]
    public async Task Changes_made_while_the_site_was_down_are_read_from_the_journal_on_start()
    {
        var before = _site.Index.JournalSequence;
        _site.Index.Dispose();
        await _site.EditAsync(PrisonNews, values => Retitle(values, "en", "Gobustan penitentiary visited"), "en");

        var start = await _site.RestartAsync();

        Assert.Equal(new SearchIndexStart(SearchIndexStartKind.CaughtUpFromJournal, 3), start); // the edited item's three languages, nothing else
        Assert.Equal("Gobustan penitentiary visited", (await _site.SearchAsync("en", "penitentiary")).Hits[0].Title.Text);
        Assert.True(_site.Index.JournalSequence > before, $"{_site.Index.JournalSequence} after {before}");
        Assert.Equal(await NewestJournalSequenceAsync(), _site.Index.JournalSequence);
    }

    [Fact]
    public async Task The_journal_position_is_kept_in_the_index_and_read_back_on_start()
    {
        await _site.EditAsync(PrisonNews, values => Retitle(values, "en", "Gobustan penitentiary seen"), "en");
        await _site.Indexer.SynchronizeItemsAsync([PrisonNews], await NewestJournalSequenceAsync());

        var start = await _site.RestartAsync();

        Assert.Equal(new SearchIndexStart(SearchIndexStartKind.CaughtUpFromJournal, 0), start);
        Assert.Equal(await NewestJournalSequenceAsync(), _site.Index.JournalSequence);
    }

    [Fact]
    public async Task An_index_older_than_the_journal_retention_is_compared_with_the_database_instead()
    {
        _site.Index.Dispose();
        _site.Editorial.JournalRetention = TimeSpan.FromDays(1);
        _site.Site.Time.Advance(TimeSpan.FromDays(2)); // the rows since the index's position may have been compacted away
        await _site.EditAsync(PrisonNews, values => Retitle(values, "en", "Gobustan penitentiary compared"), "en");

        var start = await _site.RestartAsync();

        Assert.Equal(new SearchIndexStart(SearchIndexStartKind.Compared, 3), start);
        Assert.Equal("Gobustan penitentiary compared", (await _site.SearchAsync("en", "penitentiary")).Hits[0].Title.Text);
        Assert.Equal(await NewestJournalSequenceAsync(), _site.Index.JournalSequence);
    }

    [Fact]
    public async Task A_rebuild_serves_the_old_documents_until_it_commits()
    {
        var found = (await _site.SearchAsync("en", "prison")).Hits.Count;
        Assert.NotEqual(0, found);

        _site.Index.DeleteAll(); // what a rebuild does first, before it writes every document again

        Assert.Equal(found, (await _site.SearchAsync("en", "prison")).Hits.Count);
        _site.Index.Commit("rebuilt", null, _site.Site.Clock.UtcNow);
        Assert.Empty((await _site.SearchAsync("en", "prison")).Hits);
    }

    [Fact]
    public async Task Search_says_when_the_index_is_not_ready()
    {
        _site.Index.Status = SearchIndexStatus.Rebuilding;

        Assert.Equal(SearchIndexStatus.Rebuilding, (await _site.SearchAsync("en", "prison")).Status);
    }

    private async Task<long> NewestJournalSequenceAsync()
    {
        await using var db = await _site.Site.Contexts.CreateDbContextAsync();
        return await db.JournalEntries.MaxAsync(c => c.Sequence);
    }

    private static ContentValues Retitle(ContentValues values, string culture, string title) =>
        values.WithCulture(culture, values.Culture(culture)! with { Title = title });
}
