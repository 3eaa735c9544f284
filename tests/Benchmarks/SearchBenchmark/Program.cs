using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Search;
using OmbudsmanSite.Infrastructure;
using OmbudsmanSite.Infrastructure.Diagnostics;
using OmbudsmanSite.Infrastructure.Search;
using OmbudsmanSite.SearchBenchmark;

// Search benchmark (issue 4): builds an index of generated items in az, en and ru with the site's
// own document factory and analysis, then times queries through the site's own SiteSearch.
// Usage: dotnet run -c Release --project tests/Benchmarks/SearchBenchmark -- [--items 100000] [--queries 300]
//   [--index <folder>]: keeps the index in that folder, and reuses it when it is there (no build figures then)
//   [--profile] / [--profile-one-word]: where a faceted / one-word query's time goes
var items = Argument("--items", 100_000);
var queriesPerKind = Argument("--queries", 300);
var repository = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../.."));
var uSync = Path.Combine(repository, "uSync");
var keptAt = Array.IndexOf(args, "--index") is var at && at >= 0 && at + 1 < args.Length ? Path.GetFullPath(args[at + 1]) : null;
var folder = keptAt ?? Directory.CreateTempSubdirectory("ombudsman-search-bench-").FullName;

var site = new ConfigurationBuilder().AddUSyncLanguages(uSync).Build().GetSection(SiteOptions.SectionName).Get<SiteOptions>()!;
site.DataPath = folder;
var siteOptions = Options.Create(site);
var searchOptions = Options.Create(new SearchOptions());
var cultures = new SiteCultures(siteOptions);
var clock = new SiteClock(siteOptions, TimeProvider.System);
using var analysis = new SearchAnalysis(cultures);
using var index = new SearchIndex(siteOptions, searchOptions, analysis, NullLogger<SearchIndex>.Instance);
var reused = index.Open() == SearchIndexOpening.Opened && keptAt is not null;
var corpus = Corpus.Load(uSync, cultures.All.Select(c => c.Code).ToList());
var factory = new SearchDocumentFactory(clock);
// Generated items link no report files.
IReadOnlyDictionary<Guid, string> noFileTexts = new Dictionary<Guid, string>();

if (args.Contains("--probe"))
{
    var probeRandom = new Random(1);
    var sw = Stopwatch.StartNew();
    var generated = corpus.Items(2000, probeRandom).ToList();
    Console.WriteLine($"generate 2000 items: {sw.ElapsedMilliseconds} ms");
    sw.Restart();
    var docs = generated.SelectMany(i => i.Variants.Select(v => factory.Create(i, v, corpus.Taxonomy, noFileTexts))).ToList();
    Console.WriteLine($"create 6000 docs: {sw.ElapsedMilliseconds} ms");
    foreach (var kind in new[] { "title", "summary", "body", "names", "prefix", "words" })
    {
        foreach (var code in corpus.Cultures)
        {
            sw.Restart();
            var tokens = 0;
            var name = SearchFields.InCulture(kind, code);
            foreach (var doc in docs.Where(d => d.Get(SearchFields.Culture) == code))
            {
                foreach (var field in doc.GetFields(name))
                {
                    using var stream = analysis.Indexing.GetTokenStream(name, field.GetStringValue());
                    stream.Reset();
                    while (stream.IncrementToken()) { tokens++; }
                    stream.End();
                }
            }
            Console.WriteLine($"analyse {name}: {sw.ElapsedMilliseconds} ms, {tokens} tokens");
        }
    }
    return;
}

var build = Stopwatch.StartNew();
var variants = index.Stamps.Count;
if (!reused)
{
    Console.WriteLine($"Generating and indexing {items:N0} items x {corpus.Cultures.Count} cultures on {Environment.ProcessorCount} cores...");
    var random = new Random(20261123);

    // As the site's rebuild does (SearchIndexer): variants analysed and written on every core.
    Parallel.ForEach(corpus.Items(items, random).SelectMany(item => item.Variants.Select(variant => (item, variant))), pair =>
    {
        index.Upsert(SearchDocumentFactory.KeyOf(pair.item.Id, pair.variant.Culture), SearchDocumentFactory.StampOf(pair.item, pair.variant), factory.Create(pair.item, pair.variant, corpus.Taxonomy, noFileTexts));
        Interlocked.Increment(ref variants);
    });

    index.Commit("benchmark", null, DateTime.UtcNow);
}
else
{
    Console.WriteLine($"Reusing the index at {folder}: {variants:N0} variants");
}

build.Stop();
index.WaitForMerges(); // Queries are timed (and the size taken) on the settled index, not during background merges.
var size = new DirectoryInfo(index.Path).EnumerateFiles().Sum(f => f.Length);
GC.Collect();
var managedAfterBuild = GC.GetTotalMemory(forceFullCollection: true);

var search = new SiteSearch(index, analysis, new SearchQueryBuilder(searchOptions), clock, searchOptions,
    new SiteMetrics(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()));
var kinds = new (string Name, Func<Random, SearchQuery> Query)[]
{
    ("one word", r => corpus.OneWord(r)),
    ("three words", r => corpus.ThreeWords(r)),
    ("phrase", r => corpus.Phrase(r)),
    ("typo", r => corpus.Typo(r)),
    ("faceted (word + type + topic)", r => corpus.Faceted(r)),
    ("widened to all languages", r => corpus.OneWord(r) with { AllLanguages = true }),
};

if (args.Contains("--profile") || args.Contains("--profile-one-word"))
{
    // Where a query's time goes: matching, scoring the top ten, counting facets, highlighting.
    var faceted = args.Contains("--profile");
    var builder = new SearchQueryBuilder(searchOptions);
    var r = new Random(faceted ? 7 : "one word".Length); // The seeds of the timed runs below.
    var parts = new Dictionary<string, List<double>>
    {
        ["full search"] = [], ["text query alone (count)"] = [], ["text + culture + filters, top 10"] = [],
        ["facet counts over every match"] = [], ["highlight-free search (page size 1)"] = [], ["matches"] = [],
    };
    for (var i = 0; i < 330; i++)
    {
        var q = faceted ? corpus.Faceted(r) : corpus.OneWord(r);
        using var lease = index.Acquire()!;
        var text = QueryText.Parse(q.Text, 200, 12);
        var textQuery = builder.ForCulture(text, q.Culture, analysis, lease.Searcher.IndexReader)!;
        var filtered = new Lucene.Net.Search.BooleanQuery
        {
            { textQuery, Lucene.Net.Search.Occur.MUST },
            { new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(SearchFields.Culture, q.Culture)), Lucene.Net.Search.Occur.MUST },
        };
        if (faceted)
        {
            filtered.Add(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term("type", DocumentTypeAliases.AliasOf(q.Type!.Value))), Lucene.Net.Search.Occur.MUST);
            filtered.Add(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term("topic", q.Topic)), Lucene.Net.Search.Occur.MUST);
        }

        var w = Stopwatch.StartNew();
        await search.SearchAsync(q);
        var full = w.Elapsed.TotalMilliseconds;
        w.Restart();
        var count = new Lucene.Net.Search.TotalHitCountCollector();
        lease.Searcher.Search(textQuery, count);
        var alone = w.Elapsed.TotalMilliseconds;
        w.Restart();
        lease.Searcher.Search(filtered, 10);
        var filteredTime = w.Elapsed.TotalMilliseconds;
        w.Restart();
        var facets = new FacetingCollector(null, []);
        lease.Searcher.Search(filtered, facets);
        facets.Finish();
        var facetTime = w.Elapsed.TotalMilliseconds;
        w.Restart();
        await search.SearchAsync(q with { PageSize = 1 });
        var small = w.Elapsed.TotalMilliseconds;
        if (i >= 30)
        {
            parts["full search"].Add(full);
            parts["text query alone (count)"].Add(alone);
            parts["text + culture + filters, top 10"].Add(filteredTime);
            parts["facet counts over every match"].Add(facetTime);
            parts["highlight-free search (page size 1)"].Add(small);
            parts["matches"].Add(count.TotalHits);
        }
    }

    foreach (var (name, list) in parts)
    {
        list.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: p50 {Percentile(list, 0.5):0.0} ms, p95 {Percentile(list, 0.95):0.0} ms"));
    }

    return;
}

// Warm-up, as a site that has served for a minute: the OS file cache, and the JIT's second tier
// (methods are recompiled optimised after 30 calls, once 100 ms pass without new first-tier
// compilations; timed before that, one word's p95 was twice its steady value).
var warmRandom = new Random(1);
for (var round = 0; round < 3; round++)
{
    foreach (var (_, make) in kinds)
    {
        for (var i = 0; i < 60; i++)
        {
            await search.SearchAsync(make(warmRandom));
        }
    }

    await Task.Delay(500);
}

var rows = new List<string>();
foreach (var (name, make) in kinds)
{
    var queryRandom = new Random(name.Length);

    var times = new List<double>();
    var hits = 0L;
    for (var i = 0; i < queriesPerKind; i++)
    {
        var query = make(queryRandom);
        var watch = Stopwatch.StartNew();
        var results = await search.SearchAsync(query);
        times.Add(watch.Elapsed.TotalMilliseconds);
        hits += results.TotalCount;
    }

    times.Sort();
    rows.Add(string.Create(CultureInfo.InvariantCulture, $"| {name} | {queriesPerKind} | {Percentile(times, 0.50):0.00} | {Percentile(times, 0.95):0.00} | {Percentile(times, 0.99):0.00} | {hits / queriesPerKind:N0} |"));
}

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| measure | value |"));
Console.WriteLine("|---|---|");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| items / variants indexed | {items:N0} / {variants:N0} |"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| build time (generate + analyse + write + commit) | {build.Elapsed.TotalSeconds:0.0} s |"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| build rate | {variants / build.Elapsed.TotalSeconds:N0} variants/s |"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| index size on disk | {size / 1024.0 / 1024.0:N0} MB |"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| managed heap after build | {managedAfterBuild / 1024.0 / 1024.0:N0} MB |"));
long facetTables;
using (var lease = index.Acquire()!)
{
    facetTables = lease.Searcher.IndexReader.Leaves.Select(l => FacetOrdinals.For(l.AtomicReader)).Sum(t => 4L * (t.Starts.Length + t.Ordinals.Length));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| facet value tables (in memory) | {facetTables / 1024.0 / 1024.0:N1} MB |"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| peak working set | {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:N0} MB |"));
Console.WriteLine();
Console.WriteLine("| query | runs | p50 ms | p95 ms | p99 ms | mean results |");
Console.WriteLine("|---|---|---|---|---|---|");
rows.ForEach(Console.WriteLine);

index.Dispose();
if (keptAt is null)
{
    Directory.Delete(folder, recursive: true);
}

static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

int Argument(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
