using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Api;

/// <summary>
/// Every answer the API gives about a seeded site (each published item by id and by path in each
/// language, every taxonomy kind, every file the items show), scanned for what must never leave:
/// a draft's text, editors' and system users' names, legacy ids, the data folder, editorial fields.
/// </summary>
public sealed class ApiLeakTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private static readonly Guid Report = Guid.Parse("0e5a1f00-0000-4000-8000-000000000002");
    private static readonly string[] Languages = ["az", "en", "ru"];
    private static readonly string[] EditorialFields = ["legacyId", "createdBy", "updatedBy", "publishedBy", "revision", "headVersion", "version", "storagePath", "deleted"];

    [Fact]
    public async Task No_answer_carries_drafts_user_names_legacy_ids_local_paths_or_editorial_fields()
    {
        const string Draft = "UNPUBLISHED-DRAFT-WORDS";
        await factory.EditItemAsync(Report, v => v with { Cultures = v.Cultures.ToDictionary(c => c.Key, c => c.Value with { Title = Draft, BodyHtml = $"<p>{Draft}</p>" }) });
        var client = factory.CreatePlainClient();
        var answers = await AnswersAsync(client);
        Assert.True(answers.Count > 40, $"Only {answers.Count} answers scanned");

        string[] legacyIds;
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<SiteDbContext>>().CreateDbContextAsync())
        {
            legacyIds = [.. await db.Documents.Where(d => d.LegacyId != null).Select(d => d.LegacyId!).ToListAsync()];
        }

        Assert.NotEmpty(legacyIds); // the seeds carry the old site's ids: the scan has something to miss
        string[] forbidden = [Draft, SiteFactory.Editor.Name, SystemUsers.USync.Name, SystemUsers.LegacyImport.Name, factory.DataPath, .. legacyIds.Select(id => $"\"{id}\"")];
        foreach (var (address, json) in answers)
        {
            Assert.DoesNotContain(forbidden, f => json.Contains(f, StringComparison.OrdinalIgnoreCase) && Fail(address, f));
            Assert.DoesNotContain(Keys(JsonDocument.Parse(json).RootElement), key => EditorialFields.Contains(key, StringComparer.OrdinalIgnoreCase) && Fail(address, key));
        }
    }

    private static bool Fail(string address, string found) => throw new Xunit.Sdk.XunitException($"{address} carries {found}");

    private static async Task<List<(string Address, string Json)>> AnswersAsync(HttpClient client)
    {
        var paths = (await SitemapReader.LocationsAsync(client)).Select(l => new Uri(l).AbsolutePath).Distinct().ToList();
        var addresses = paths.Select(p => $"/api/v1/content/route?path={Uri.EscapeDataString(p)}").ToList();
        var answers = new List<(string, string)>();
        var items = new HashSet<string>(StringComparer.Ordinal);
        var media = new HashSet<string>(StringComparer.Ordinal);
        foreach (var address in addresses.Concat(["/api/v1/taxonomy/topic", "/api/v1/taxonomy/organisation", "/api/v1/taxonomy/person"]))
        {
            var json = await client.GetStringAsync(new Uri(address, UriKind.Relative));
            answers.Add((address, json));
            if (JsonDocument.Parse(json).RootElement is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("item", out var item) && item.ValueKind == JsonValueKind.Object)
            {
                items.Add(item.GetProperty("id").GetString()!);
                if (item.GetProperty("imageId").GetString() is { } image)
                {
                    media.Add(image);
                }

                if (item.TryGetProperty("report", out var report) && report.ValueKind == JsonValueKind.Object)
                {
                    media.UnionWith(report.GetProperty("files").EnumerateObject().Select(f => f.Value.GetString()!));
                }
            }
        }

        foreach (var address in items.SelectMany(id => Languages.Select(c => $"/api/v1/content/{id}?culture={c}")).Concat(media.Select(id => $"/api/v1/media/{id}")))
        {
            using var response = await client.GetAsync(new Uri(address, UriKind.Relative));
            answers.Add((address, await response.Content.ReadAsStringAsync()));
        }

        return answers;
    }

    private static IEnumerable<string> Keys(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Keys(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Keys),
        _ => [],
    };
}
