using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Infrastructure.Search;
using OmbudsmanSite.Web.Hosting;

// Starts the site's services on the configured database and data folder, reports whether the
// search index matches the database after start-up ("verified"), then, unless --verify-only, runs
// editorial operations until it is killed. Each operation is announced before ("begin") and after
// ("done") on standard output, flushed, so the crash test knows what may have been cut short.
var verifyOnly = args.Contains("--verify-only");
var seed = args.SkipWhile(a => a != "--seed").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault();
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ApplicationName = "OmbudsmanSite.Web" });
foreach (var type in Enum.GetValues<DocumentType>())
{
    builder.Configuration[$"Site:Editorial:ReviewRequired:{type}"] = "false"; // the drill crashes publishes, not reviews
    builder.Configuration[$"ContentChecks:ErrorsBlockPublishing:{type}"] = "false"; // nor the checks' gate
}

builder.AddOmbudsmanSite();
var app = builder.Build();
await app.InitializeOmbudsmanSiteAsync();
await app.StartAsync();
await app.Services.GetRequiredService<SearchIndexWorker>().Started;

var services = app.Services;
var contexts = services.GetRequiredService<IDbContextFactory<SiteDbContext>>();
// Schedules that came due while the site was down run now; the index follows them through the
// journal. Matching means: no difference left once that catch-up is over (within 5 s).
var watch = System.Diagnostics.Stopwatch.StartNew();
var indexer = services.GetRequiredService<SearchIndexer>();
int differences;
while ((differences = await indexer.DifferencesAsync()) > 0 && watch.Elapsed < TimeSpan.FromSeconds(5))
{
    await Task.Delay(50);
}

await using (var db = await contexts.CreateDbContextAsync())
{
    Console.WriteLine($"verified published={await db.PublishedVariants.CountAsync()} indexed={services.GetRequiredService<SearchIndex>().Stamps.Count} differences={differences} ms={watch.ElapsedMilliseconds}");
}

if (verifyOnly)
{
    await app.StopAsync();
    return 0;
}

var editing = services.GetRequiredService<ContentEditingService>();
var publishing = services.GetRequiredService<ContentPublishingService>();
var queries = services.GetRequiredService<ContentQueries>();
var user = new ActingUser("drill:editor", "Crash drill");
var random = new Random(seed);
string[] cultures = ["az", "en", "ru"];
var items = new List<Guid>();
await using (var db = await contexts.CreateDbContextAsync())
{
    items.AddRange(await db.Documents.Where(d => d.DeletedUtc == null).Select(d => d.Id).ToListAsync());
}

for (var n = 0; ; n++)
{
    var kind = items.Count < 3 ? 0 : random.Next(6);
    var id = kind == 0 ? Guid.NewGuid() : items[random.Next(items.Count)];
    var culture = cultures[random.Next(cultures.Length)];
    Console.WriteLine($"begin {n} {kind} {id} {culture}");
    var result = kind switch
    {
        0 => await editing.CreateAsync(
            new CreateContentRequest
            {
                Id = id,
                Type = DocumentType.NewsArticle,
                Values = new ContentValues
                {
                    DateUtc = DateTime.UtcNow,
                    Cultures = cultures.Take(1 + random.Next(3)).ToDictionary(c => c, c => new CultureValues { Title = $"Drill {seed}-{n} {c}", BodyHtml = $"<p>Text {n} in {c}.</p>" }),
                },
            },
            user),
        1 => await SaveAsync(id, culture, $"Drill {seed}-{n} {culture} edited"),
        2 => await publishing.PublishAsync(id, [culture], user),
        3 => await publishing.UnpublishAsync(id, [culture], user),
        4 => await publishing.ScheduleAsync(id, culture, ScheduleAction.Publish, DateTime.UtcNow.AddMilliseconds(300), user),
        _ => await editing.ChangeSlugAsync(id, culture, $"drill-{seed}-{n}", user),
    };
    if (kind == 0 && result.Succeeded)
    {
        items.Add(id);
    }

    Console.WriteLine($"done {n} {result.Status} {result.VersionNumber?.ToString(CultureInfo.InvariantCulture) ?? "-"}");
}

async Task<EditorialResult> SaveAsync(Guid id, string culture, string title)
{
    var document = await queries.DocumentAsync(id);
    var values = await queries.ValuesAsync(id);
    if (document is null || values is null)
    {
        return EditorialResult.NotFound(id);
    }

    var text = values.Culture(culture) ?? new CultureValues { Title = title };
    return await editing.SaveAsync(new SaveContentRequest { DocumentId = id, BaseVersion = document.HeadVersion, Values = values.WithCulture(culture, text with { Title = title }) }, user);
}
