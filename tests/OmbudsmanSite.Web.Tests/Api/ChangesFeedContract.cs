using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Tests.Support;
using Xunit.Abstractions;

namespace OmbudsmanSite.Web.Tests.Api;

/// <summary>
/// The sync feed as a client uses it: everything from 0, then the deltas after random edits,
/// publishes, unpublishes, slug changes, deletes, restores and purges; what it holds must be what the
/// site publishes, item for item, byte for byte, in every language.
/// </summary>
public abstract class ChangesFeedContract<TFactory>(TFactory factory, ITestOutputHelper output)
    where TFactory : SiteFactory
{
    private static readonly string[] Cultures = ["az", "en", "ru"];
    private readonly HttpClient _client = factory.CreatePlainClient();

    [Fact]
    public async Task A_client_that_syncs_from_nothing_and_applies_the_deltas_holds_what_the_site_publishes()
    {
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var clients = Cultures.ToDictionary(c => c, _ => new SyncClient());
        var rounds = new List<string>();

        // The random steps never touch this item, so every round ends with one change each client must see as an update.
        var steady = await factory.CreateNewsAsync(Cultures.ToDictionary(c => c, c => $"Sync steady {c}"), Cultures);
        foreach (var culture in Cultures)
        {
            await clients[culture].SyncAsync(_client, culture);
            await AssertHoldsWhatIsPublishedAsync(clients[culture], culture);
        }

        var ours = new List<Guid>();
        var binned = new List<Guid>();
        for (var round = 0; round < 4; round++)
        {
            for (var step = 0; step < 12; step++)
            {
                rounds.Add(await RandomChangeAsync(random, ours, binned));
            }

            rounds.Add(await EditAndPublishAsync(steady, $"Sync steady round {round}", Cultures));
            await factory.JournalAppliedAsync();
            foreach (var culture in Cultures)
            {
                var applied = await clients[culture].SyncAsync(_client, culture);
                output.WriteLine($"round {round} {culture}: {applied} changes after {string.Join("; ", rounds)}");
                await AssertHoldsWhatIsPublishedAsync(clients[culture], culture);
                Assert.Equal("updated", clients[culture].LastChangeOf(steady));
            }

            rounds.Clear();
        }
    }

    [Fact]
    public async Task Each_change_is_named_created_updated_unpublished_or_deleted()
    {
        var client = new SyncClient();
        await client.SyncAsync(_client, "en");
        var id = await factory.CreateNewsAsync(new Dictionary<string, string> { ["en"] = "Sync named", ["ru"] = "Синхронизация" }, ["en", "ru"]);
        await factory.JournalAppliedAsync();
        Assert.Equal("created", await client.LastChangeAsync(_client, "en", id));

        await factory.EditItemAsync(id, v => v.WithCulture("en", v.Cultures["en"] with { Title = "Sync renamed" }), "en");
        Assert.Equal("updated", await client.LastChangeAsync(_client, "en", id));
        Assert.Contains("Sync renamed", client.Items[id.ToString()], StringComparison.Ordinal);

        await factory.UnpublishItemAsync(id, "en");
        Assert.Equal("unpublished", await client.LastChangeAsync(_client, "en", id));
        Assert.False(client.Items.ContainsKey(id.ToString()));

        var russian = new SyncClient();
        await russian.SyncAsync(_client, "ru");
        Assert.True(russian.Items.ContainsKey(id.ToString()));
        Assert.True((await factory.Services.GetRequiredService<ContentEditingService>().DeleteAsync(id, SiteFactory.Editor)).Succeeded);
        await factory.JournalAppliedAsync();
        Assert.Equal("deleted", await russian.LastChangeAsync(_client, "ru", id));
        Assert.False(russian.Items.ContainsKey(id.ToString()));
    }

    [Fact]
    public async Task The_feed_names_a_bad_or_foreign_cursor_and_a_bad_page_size()
    {
        foreach (var (query, parameter) in new[] { ("", "since"), ("since=-1", "since"), ("since=x", "since"), ("since=0&take=0", "take"), ("since=0&take=5000", "take"), ("since=999999999", "since") })
        {
            var (response, json) = await _client.GetJsonAsync($"/api/v1/changes?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True(json.GetProperty("errors").TryGetProperty(parameter, out _), $"{query}: {json}");
        }
    }

    /// <summary>One editorial change through the services, described for the log.</summary>
    private async Task<string> RandomChangeAsync(Random random, List<Guid> ours, List<Guid> binned)
    {
        var editing = factory.Services.GetRequiredService<ContentEditingService>();
        var publishing = factory.Services.GetRequiredService<ContentPublishingService>();
        var queries = factory.Services.GetRequiredService<ContentQueries>();
        var some = Cultures.Where(_ => random.Next(2) == 0).ToArray();
        switch (random.Next(ours.Count == 0 ? 1 : 8))
        {
            case 0:
                var titles = (some.Length == 0 ? ["en"] : some).ToDictionary(c => c, c => $"Sync {c} {random.Next():x}");
                var publish = titles.Keys.Where(_ => random.Next(3) > 0).ToList();
                ours.Add(await factory.CreateNewsAsync(titles, publish));
                return $"create {string.Join(",", titles.Keys)} publish {string.Join(",", publish)}";
            case 1 or 2:
            {
                var id = ours[random.Next(ours.Count)];
                var values = await queries.ValuesAsync(id);
                var culture = values!.Cultures.Keys.ElementAt(random.Next(values.Cultures.Count));
                var document = await queries.DocumentAsync(id);
                var edited = values.WithCulture(culture, values.Cultures[culture] with { Title = $"Edited {random.Next():x}" }) with { DateUtc = values.DateUtc!.Value.AddDays(random.Next(-3, 3)) };
                var saved = await editing.SaveAsync(new SaveContentRequest { DocumentId = id, BaseVersion = document!.HeadVersion, Values = edited }, SiteFactory.Editor);
                var into = random.Next(2) == 0 ? [culture] : values.Cultures.Keys.ToArray();
                var published = await publishing.PublishAsync(id, into, SiteFactory.Editor);
                return $"edit {culture} of {Short(id)} (date too), publish {string.Join(",", into)}: {saved.Status}/{published.Status}";
            }

            case 3:
            {
                var id = ours[random.Next(ours.Count)];
                var result = await publishing.UnpublishAsync(id, some.Length == 0 ? ["en"] : some, SiteFactory.Editor);
                return $"unpublish {string.Join(",", some)} of {Short(id)}: {result.Status}";
            }

            case 4:
            {
                var id = ours[random.Next(ours.Count)];
                var culture = Cultures[random.Next(Cultures.Length)];
                var result = await editing.ChangeSlugAsync(id, culture, $"moved-{random.Next():x}", SiteFactory.Editor);
                return $"slug {culture} of {Short(id)}: {result.Status}";
            }

            case 5:
            {
                var id = ours[random.Next(ours.Count)];
                var result = await editing.DeleteAsync(id, SiteFactory.Editor);
                if (result.Succeeded)
                {
                    ours.Remove(id);
                    binned.Add(id);
                }

                return $"delete {Short(id)}: {result.Status}";
            }

            case 6 when binned.Count > 0:
            {
                var id = binned[random.Next(binned.Count)];
                var result = await editing.RestoreAsync(id, SiteFactory.Editor);
                if (result.Succeeded)
                {
                    binned.Remove(id);
                    ours.Add(id);
                }

                return $"restore {Short(id)}: {result.Status}";
            }

            case 7 when binned.Count > 0:
            {
                var id = binned[random.Next(binned.Count)];
                var result = await editing.PurgeAsync(id, SiteFactory.Editor);
                if (result.Succeeded)
                {
                    binned.Remove(id);
                }

                return $"purge {Short(id)}: {result.Status}";
            }

            default:
            {
                var id = ours[random.Next(ours.Count)];
                var result = await publishing.PublishAsync(id, ["az", "en", "ru"], SiteFactory.Editor);
                return $"publish all of {Short(id)}: {result.Status}";
            }
        }
    }

    /// <summary>Retitles <paramref name="id"/> in every language and publishes it; both steps must succeed.</summary>
    private async Task<string> EditAndPublishAsync(Guid id, string title, string[] cultures)
    {
        var queries = factory.Services.GetRequiredService<ContentQueries>();
        var values = await queries.ValuesAsync(id);
        var document = await queries.DocumentAsync(id);
        var edited = cultures.Aggregate(values!, (v, c) => v.WithCulture(c, v.Cultures[c] with { Title = $"{title} {c}" }));
        var saved = await factory.Services.GetRequiredService<ContentEditingService>().SaveAsync(new SaveContentRequest { DocumentId = id, BaseVersion = document!.HeadVersion, Values = edited }, SiteFactory.Editor);
        var published = await factory.Services.GetRequiredService<ContentPublishingService>().PublishAsync(id, cultures, SiteFactory.Editor);
        Assert.True(saved.Succeeded && published.Succeeded, $"{saved.Status}/{published.Status}");
        return $"edit and publish all of {Short(id)}: {saved.Status}/{published.Status}";
    }

    /// <summary>The client holds every listed item (paged through the list API) and every other item it holds is live as it holds it.</summary>
    private async Task AssertHoldsWhatIsPublishedAsync(SyncClient client, string culture)
    {
        var listed = new Dictionary<string, string>();
        string? after = null;
        do
        {
            var (_, page) = await _client.GetJsonAsync($"/api/v1/content?culture={culture}&take=100{(after is null ? "" : $"&after={Uri.EscapeDataString(after)}")}");
            foreach (var item in page.GetProperty("items").EnumerateArray())
            {
                listed[item.GetProperty("id").GetString()!] = item.GetRawText();
            }

            after = page.GetProperty("next").GetString();
        }
        while (after is not null);

        var held = client.Items.Where(i => listed.ContainsKey(i.Key) || IsListedType(i.Value)).ToDictionary(i => i.Key, i => i.Value);
        Assert.Equal(listed.Keys.Order(), held.Keys.Order());
        foreach (var (id, json) in listed)
        {
            Assert.Equal(json, held[id]);
        }

        foreach (var (id, json) in client.Items.Where(i => !listed.ContainsKey(i.Key)))
        {
            var (response, live) = await _client.GetJsonAsync($"/api/v1/content/{id}?culture={culture}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(live.GetRawText(), json);
        }
    }

    private static bool IsListedType(string json) => JsonDocument.Parse(json).RootElement.GetProperty("type").GetString() is "newsArticle" or "meeting" or "report";

    private static string Short(Guid id) => id.ToString()[..8];

    /// <summary>What a sync client keeps: the items of one language by id, as JSON, and its cursor.</summary>
    private sealed class SyncClient
    {
        private long _next;

        public Dictionary<string, string> Items { get; } = [];

        private Dictionary<string, string> Last { get; } = [];

        /// <summary>The last change the latest sync gave for <paramref name="id"/> (null if none).</summary>
        public string? LastChangeOf(Guid id) => Last.GetValueOrDefault(id.ToString());

        /// <summary>Syncs and names the last change the feed gave for <paramref name="id"/> (null if none).</summary>
        public async Task<string?> LastChangeAsync(HttpClient client, string culture, Guid id)
        {
            await SyncAsync(client, culture);
            return LastChangeOf(id);
        }

        public async Task<int> SyncAsync(HttpClient client, string culture)
        {
            Last.Clear();
            var applied = 0;
            bool more;
            do
            {
                var (response, page) = await client.GetJsonAsync($"/api/v1/changes?since={_next}&culture={culture}&take=7");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                foreach (var change in page.GetProperty("changes").EnumerateArray())
                {
                    var id = change.GetProperty("id").GetString()!;
                    var kind = change.GetProperty("change").GetString()!;
                    Last[id] = kind;
                    if (kind is "created" or "updated")
                    {
                        Items[id] = change.GetProperty("item").GetRawText();
                    }
                    else
                    {
                        Items.Remove(id);
                    }

                    applied++;
                }

                _next = page.GetProperty("next").GetInt64();
                more = page.GetProperty("more").GetBoolean();
            }
            while (more);
            return applied;
        }
    }
}
