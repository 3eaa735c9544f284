using System.Globalization;
using System.Text;
using OmbudsmanSite.Core.Search;
using OmbudsmanSite.Infrastructure.Tests.Support;
using Xunit.Abstractions;

namespace OmbudsmanSite.Infrastructure.Tests.Search;

/// <summary>
/// The relevance set (tests/TestData/SearchRelevance.tsv): queries in az, en and ru, each with the
/// items that must come in its top 3. Reports MRR and recall@3 and holds them above floors, so a
/// change to analysis or weights that makes search worse fails here.
/// </summary>
public sealed class SearchRelevanceTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const double MinimumRecallAt3 = 0.97;
    private const double MinimumMeanReciprocalRank = 0.95;

    private SearchTestSite _site = null!;

    public async Task InitializeAsync() => _site = await SearchTestSite.CreateAsync();

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Relevance_set_stays_above_its_floors()
    {
        var keys = ItemKeysByFileName();
        var cases = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "SearchRelevance.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToList();
        Assert.True(cases.Count >= 40, $"The set has {cases.Count} queries; it needs at least 40.");

        var report = new StringBuilder();
        double reciprocalRanks = 0;
        double recall = 0;
        var misses = new List<string>();
        foreach (var fields in cases)
        {
            var (culture, query, expected) = (fields[0], fields[1], fields[2].Split(',', StringSplitOptions.TrimEntries));
            var results = await _site.SearchAsync(culture, query);
            var ranked = results.Hits.Select(h => h.ItemId).ToList();
            var ranks = expected.Select(name => ranked.IndexOf(keys[name]) + 1).ToList();
            var first = ranks.Where(r => r > 0).DefaultIfEmpty(0).Min();
            reciprocalRanks += first > 0 ? 1.0 / first : 0;
            var found = ranks.Count(r => r is > 0 and <= 3);
            recall += found / (double)expected.Length;
            report.AppendLine(CultureInfo.InvariantCulture, $"{culture}\t{query}\trank {string.Join(',', ranks)}\t{fields[3]}");
            if (found < expected.Length)
            {
                misses.Add($"{culture} «{query}» ranks {string.Join(',', ranks)}: top {string.Join(" | ", results.Hits.Take(3).Select(h => h.Title.Text))}");
            }
        }

        var mrr = reciprocalRanks / cases.Count;
        var recallAt3 = recall / cases.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"queries {cases.Count}, MRR {mrr:0.000}, recall@3 {recallAt3:0.000}"));
        output.WriteLine(report.ToString());
        foreach (var miss in misses)
        {
            output.WriteLine("MISS " + miss);
        }

        Assert.True(recallAt3 >= MinimumRecallAt3, $"recall@3 {recallAt3:0.000} is below {MinimumRecallAt3}; misses:\n{string.Join('\n', misses)}");
        Assert.True(mrr >= MinimumMeanReciprocalRank, $"MRR {mrr:0.000} is below {MinimumMeanReciprocalRank}; misses:\n{string.Join('\n', misses)}");
    }

    private static Dictionary<string, Guid> ItemKeysByFileName()
    {
        var keys = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var folder in new[] { TestSite.USyncFolder, Path.Combine(AppContext.BaseDirectory, "Fixtures"), SearchTestSite.CorpusFolder })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(folder, "Content"), "*.yaml", SearchOption.AllDirectories))
            {
                var key = File.ReadLines(file).First(l => l.StartsWith("key:", StringComparison.Ordinal))["key:".Length..].Trim();
                keys[Path.GetFileNameWithoutExtension(file)] = Guid.Parse(key);
            }
        }

        return keys;
    }
}
