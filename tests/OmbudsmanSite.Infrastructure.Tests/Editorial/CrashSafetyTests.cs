using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Editorial;

/// <summary>
/// The site's services run as a child process (tests/Benchmarks/CrashDrill) firing saves, publishes,
/// unpublishes, schedules (run by the site's scheduler) and slug changes, and are killed with
/// SIGKILL at a random moment, <see cref="Runs"/> times per provider. After each kill every
/// operation must be wholly in the database or wholly absent (items, versions, audit rows, journal,
/// published rows, schedules), and after each restart the search index must match the database.
/// </summary>
public abstract class CrashSafetyTests
{
    private const int Runs = 10;

    protected abstract Task<(DatabaseProvider Provider, string ConnectionString)> DatabaseAsync();

    [Fact]
    public async Task Every_operation_is_wholly_applied_or_wholly_absent_after_a_SIGKILL()
    {
        var (provider, connectionString) = await DatabaseAsync();
        var root = Directory.CreateTempSubdirectory("ombudsman-crash-").FullName;
        var uSync = Path.Combine(root, "uSync");
        TestEnvironment.CopyTree(TestSite.USyncFolder, uSync);
        var data = Directory.CreateDirectory(Path.Combine(root, "data")).FullName;
        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = $"Data Source={Path.Combine(data, "crash.db")}";
        }

        var random = new Random(20261201);
        var (begun, done) = (0, 0);
        try
        {
            for (var run = 0; run < Runs; run++)
            {
                using var drill = new Drill(provider, connectionString, uSync, data, run, verifyOnly: false);
                drill.AssertVerified();
                var target = random.Next(5, 60);
                await drill.WaitForAsync(() => drill.Done >= target, TimeSpan.FromSeconds(30));
                await Task.Delay(random.Next(0, 40));
                drill.Kill();
                begun += drill.Begun;
                done += drill.Done;
                await AssertWholeAsync(provider, connectionString, data, uSync, drill.CreatedIds);
            }

            using var last = new Drill(provider, connectionString, uSync, data, Runs, verifyOnly: true);
            last.AssertVerified();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }

        Assert.True(done >= Runs * 5, $"{Runs} runs did only {done} operations");
        Console.WriteLine($"crash drill on {provider}: {Runs} kills, {begun} operations begun, {done} completed, {begun - done} cut short, 0 half-applied");
    }

    private static async Task AssertWholeAsync(DatabaseProvider provider, string connectionString, string data, string uSync, IReadOnlyCollection<Guid> created)
    {
        var site = await TestSite.CreateAsync(provider, connectionString, uSync, data);
        await using var db = await site.Contexts.CreateDbContextAsync();
        var documents = await db.Documents.AsNoTracking().ToListAsync();
        var versions = await db.DocumentVersions.AsNoTracking().Select(v => new { v.DocumentId, v.Number, v.Kind }).ToListAsync();
        var audit = await db.AuditEntries.AsNoTracking().ToListAsync();
        var journal = await db.ContentChanges.AsNoTracking().Select(c => c.DocumentId).ToListAsync();
        var cultures = await db.DocumentCultures.AsNoTracking().ToListAsync();
        var variants = await db.ContentVariants.AsNoTracking().Select(v => new { v.ContentItemId, v.Culture, v.Title, v.Slug }).ToListAsync();
        var schedules = await db.ContentSchedules.AsNoTracking().ToListAsync();

        Assert.All(created, id => Assert.Contains(documents, d => d.Id == id)); // what the drill saw done is there
        foreach (var document in documents)
        {
            var own = versions.Where(v => v.DocumentId == document.Id).Select(v => v.Number).Order().ToList();
            Assert.Equal(Enumerable.Range(1, document.LastVersion), own); // every version given out is stored, none beyond
            Assert.Contains(journal, c => c == document.Id);
        }

        // Each version was written with exactly one audit row naming it, and no audit row names a missing version.
        var versionAudit = audit.Where(a => a.Action is AuditAction.Create or AuditAction.Save or AuditAction.Rollback or AuditAction.Conflict).ToList();
        Assert.Equal(versions.Count, versionAudit.Count);
        Assert.All(versionAudit, a => Assert.Contains(versions, v => v.DocumentId == a.DocumentId && v.Number == a.VersionNumber));

        // The published rows are exactly the live cultures, with the text of the version live in each.
        var live = cultures.Where(c => c.PublishedVersion is not null).ToList();
        Assert.Equal(live.Count, variants.Count);
        foreach (var culture in live)
        {
            var variant = Assert.Single(variants, v => v.ContentItemId == culture.DocumentId && v.Culture == culture.Culture);
            Assert.Equal(culture.Slug, variant.Slug);
            var values = await site.Queries.ValuesAsync(culture.DocumentId, culture.PublishedVersion);
            Assert.Equal(values!.Culture(culture.Culture)!.Title, variant.Title);
        }

        // A schedule is done exactly when its run was audited.
        var ran = audit.Count(a => a.Action is AuditAction.ScheduleRan or AuditAction.ScheduleFailed);
        Assert.Equal(schedules.Count(s => s.Status is ScheduleStatus.Done or ScheduleStatus.Failed), ran);
        Assert.Equal(audit.Count(a => a.Action == AuditAction.Schedule), schedules.Count);
    }

    /// <summary>One run of tests/Benchmarks/CrashDrill, read line by line.</summary>
    private protected sealed class Drill : IDisposable
    {
        private readonly Process _process;
        private readonly List<string> _lines = [];
        private readonly HashSet<Guid> _created = [];
        private readonly TaskCompletionSource<string> _verified = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Dictionary<int, string> _pending = [];

        public Drill(DatabaseProvider provider, string connectionString, string uSync, string data, int seed, bool verifyOnly)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(DrillPath)! };
            start.ArgumentList.Add(DrillPath);
            start.ArgumentList.Add("--seed");
            start.ArgumentList.Add(seed.ToString(CultureInfo.InvariantCulture));
            if (verifyOnly)
            {
                start.ArgumentList.Add("--verify-only");
            }

            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{TestEnvironment.FreeLoopbackPort()}";
            start.Environment["Database__Provider"] = provider.ToString();
            start.Environment["Database__ConnectionString"] = connectionString;
            start.Environment["Site__DataPath"] = data;
            foreach (var (key, value) in TestEnvironment.SharedNodeSettings(Path.Combine(Path.GetDirectoryName(data)!, "media")))
            {
                start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
            }
            start.Environment["Site__USyncPath"] = uSync;
            start.Environment["Site__FileLog__Enabled"] = "false";
            start.Environment["Site__Editorial__SchedulePollInterval"] = "00:00:00.2";
            start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
            _process = Process.Start(start)!;
            _process.OutputDataReceived += (_, e) => Read(e.Data);
            _process.ErrorDataReceived += (_, e) => Read(e.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public int Begun { get; private set; }

        public int Done { get; private set; }

        public IReadOnlyCollection<Guid> CreatedIds
        {
            get
            {
                lock (_lines)
                {
                    return [.. _created];
                }
            }
        }

        private static string DrillPath
        {
            get
            {
#if DEBUG
                const string configuration = "Debug";
#else
                const string configuration = "Release";
#endif
                var path = Path.Combine(TestEnvironment.RepositoryRoot(), "tests", "Benchmarks", "CrashDrill", "bin", configuration, "net10.0", "CrashDrill.dll");
                return File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: build the solution first.");
            }
        }

        public void AssertVerified()
        {
            var exited = _process.WaitForExitAsync();
            if (Task.WhenAny(_verified.Task, exited, Task.Delay(TimeSpan.FromSeconds(90))).Result != _verified.Task)
            {
                // A --verify-only drill exits right after its line: let the output readers finish first.
                if (_process.HasExited)
                {
                    _process.WaitForExit();
                }

                if (!_verified.Task.IsCompleted)
                {
                    throw new TimeoutException("The drill did not start:\n" + Output());
                }
            }

            var fields = _verified.Task.Result.Split(' ').Skip(1).Select(f => f.Split('=')).ToDictionary(f => f[0], f => int.Parse(f[1], CultureInfo.InvariantCulture));
            Assert.True(fields["differences"] == 0, _verified.Task.Result);
        }

        public async Task WaitForAsync(Func<bool> condition, TimeSpan timeout)
        {
            var watch = Stopwatch.StartNew();
            while (!condition())
            {
                if (_process.HasExited || watch.Elapsed > timeout)
                {
                    throw new InvalidOperationException("The drill stopped early:\n" + Output());
                }

                await Task.Delay(5);
            }
        }

        public void Kill()
        {
            _process.Kill(entireProcessTree: true); // SIGKILL on Linux: no shutdown code runs.
            _process.WaitForExit();
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                Kill();
            }

            _process.Dispose();
        }

        private string Output()
        {
            lock (_lines)
            {
                return string.Join('\n', _lines.TakeLast(40));
            }
        }

        private void Read(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_lines)
            {
                _lines.Add(line);
                var fields = line.Split(' ');
                switch (fields[0])
                {
                    case "verified":
                        _verified.TrySetResult(line);
                        break;
                    case "begin":
                        Begun++;
                        _pending[int.Parse(fields[1], CultureInfo.InvariantCulture)] = line;
                        break;
                    case "done":
                        Done++;
                        if (_pending.Remove(int.Parse(fields[1], CultureInfo.InvariantCulture), out var begin) && begin.Split(' ') is [_, _, "0", var id, _] && fields[2] == nameof(OperationStatus.Success))
                        {
                            _created.Add(Guid.Parse(id));
                        }

                        break;
                }
            }
        }
    }
}

public sealed class SqliteCrashSafetyTests : CrashSafetyTests
{
    protected override Task<(DatabaseProvider Provider, string ConnectionString)> DatabaseAsync() =>
        Task.FromResult((DatabaseProvider.Sqlite, ""));
}

[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlCrashSafetyTests(PostgreSqlCluster cluster) : CrashSafetyTests
{
    protected override async Task<(DatabaseProvider Provider, string ConnectionString)> DatabaseAsync() =>
        (DatabaseProvider.PostgreSql, await cluster.CreateDatabaseAsync());

    /// <summary>A second process on the same database (the drill) publishes; this process hears of each item through the journal.</summary>
    [Fact]
    public async Task Another_process_s_publishes_reach_this_process_through_the_journal()
    {
        var (_, connectionString) = await DatabaseAsync();
        var root = Directory.CreateTempSubdirectory("ombudsman-nodes-").FullName;
        var uSync = Path.Combine(root, "uSync");
        TestEnvironment.CopyTree(TestSite.USyncFolder, uSync);
        var here = await TestSite.CreateAsync(DatabaseProvider.PostgreSql, connectionString, uSync, Directory.CreateDirectory(Path.Combine(root, "here")).FullName);
        var heard = new RecordingNotifier();
        using var reader = new ContentJournalWorker(here.Contexts, here.Journal, heard, new JournalPosition(), Microsoft.Extensions.Options.Options.Create(new EditorialOptions()), Microsoft.Extensions.Logging.Abstractions.NullLogger<ContentJournalWorker>.Instance);
        await reader.StartAsync(CancellationToken.None);
        try
        {
            using (var drill = new Drill(DatabaseProvider.PostgreSql, connectionString, uSync, Directory.CreateDirectory(Path.Combine(root, "there")).FullName, 1, verifyOnly: false))
            {
                drill.AssertVerified();
                await drill.WaitForAsync(() => drill.Done >= 40, TimeSpan.FromSeconds(60));
                drill.Kill();
            }

            await using var db = await here.Contexts.CreateDbContextAsync();
            var published = await db.ContentChanges.Where(c => c.Kind == ContentChangeKind.Published && c.DocumentId != null).Select(c => c.DocumentId!.Value).Distinct().ToListAsync();
            var watch = Stopwatch.StartNew();
            while (published.Except(heard.Items).Any() && watch.Elapsed < TimeSpan.FromSeconds(3))
            {
                await Task.Delay(20);
            }

            Assert.NotEmpty(published);
            Assert.Empty(published.Except(heard.Items)); // within the 1 s poll interval, three at the most
        }
        finally
        {
            await reader.StopAsync(CancellationToken.None);
            Directory.Delete(root, recursive: true);
        }
    }

    private sealed class RecordingNotifier : OmbudsmanSite.Core.Content.IContentChangeNotifier
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, bool> _items = new();

        public IEnumerable<Guid> Items => _items.Keys;

        public Task ContentChangedAsync(IReadOnlyCollection<Guid>? changedItems = null, CancellationToken cancellationToken = default)
        {
            foreach (var id in changedItems ?? [])
            {
                _items[id] = true;
            }

            return Task.CompletedTask;
        }
    }
}
