using System.Diagnostics;
using System.Globalization;
using System.Net;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Tests.Shared;

namespace EditorialBenchmark;

/// <summary>
/// The site as it ships (<c>dotnet publish -c Release</c>), started as a process of its own over the
/// seeded database, data folder and search index, several times: seconds from the process start to
/// the first 200 from /health/ready (migrations checked, uSync import, index caught up), its resident
/// set then, and its peak while the crawl soak runs against it.
/// </summary>
internal static class StartupMeasurements
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(10);

    public static async Task RunAsync(DatabaseProvider provider, string connectionString, string root, int starts, int crawlSeconds)
    {
        var publish = Path.Combine(root, "publish");
        var project = Path.Combine(TestEnvironment.RepositoryRoot(), "src", "OmbudsmanSite.Web", "OmbudsmanSite.Web.csproj");
        await TestEnvironment.RunAsync("dotnet", ["publish", project, "-c", "Release", "-o", publish, "--nologo", "-v", "quiet"]);

        var rows = new List<string>();
        for (var n = 1; n <= starts; n++)
        {
            var port = TestEnvironment.FreeLoopbackPort();
            var address = new Uri($"http://127.0.0.1:{port}");
            using var site = Start(publish, address, provider, connectionString, root);
            var watch = Stopwatch.StartNew();
            await WaitUntilReadyAsync(site, address);
            var seconds = watch.Elapsed.TotalSeconds;
            var (rss, _) = Memory(site.Id);
            var row = string.Create(CultureInfo.InvariantCulture, $"| start {n} | {seconds:0.00} s | {rss / 1024.0:0} MB |");
            if (n == starts && crawlSeconds > 0)
            {
                await CrawlAsync(address, site.Id, crawlSeconds);
                var (_, peak) = Memory(site.Id);
                row += string.Create(CultureInfo.InvariantCulture, $" {peak / 1024.0:0} MB after a {crawlSeconds} s crawl |");
            }
            else
            {
                row += " |";
            }

            rows.Add(row);
            site.Kill(entireProcessTree: true);
            await site.WaitForExitAsync();
        }

        Console.WriteLine();
        Console.WriteLine($"Start-up of the published site over the seeded {provider} database ({Environment.ProcessorCount} cores):");
        Console.WriteLine();
        Console.WriteLine("| start | to /health/ready 200 | resident set then | peak resident set |");
        Console.WriteLine("|---|---|---|---|");
        rows.ForEach(Console.WriteLine);
    }

    private static Process Start(string publish, Uri address, DatabaseProvider provider, string connectionString, string root)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = publish, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(publish, "OmbudsmanSite.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString());
        var settings = new Dictionary<string, string>(BenchmarkSite.Settings(provider, connectionString, root))
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["AllowedHosts"] = address.Host,
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the published site.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilReadyAsync(Process site, Uri address)
    {
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < ReadyTimeout)
        {
            if (site.HasExited)
            {
                throw new InvalidOperationException($"The site exited with {site.ExitCode} before it was ready.");
            }

            try
            {
                using var answer = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (answer.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening, but busy starting.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The site was not ready within {ReadyTimeout}.");
    }

    /// <summary>The crawl soak (tests/Benchmarks/CrawlSoak) against the running site; its table is printed as it runs.</summary>
    private static async Task CrawlAsync(Uri address, int pid, int seconds)
    {
        var project = Path.Combine(TestEnvironment.RepositoryRoot(), "tests", "Benchmarks", "CrawlSoak");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = false };
        foreach (var argument in new[] { "run", "-c", "Release", "--project", project, "--", "--base", address.ToString(), "--pid", pid.ToString(CultureInfo.InvariantCulture), "--seconds", seconds.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var crawl = Process.Start(start) ?? throw new InvalidOperationException("Could not start the crawl soak.");
        await crawl.WaitForExitAsync();
    }

    /// <summary>Resident set and its peak (VmRSS, VmHWM) in KB, from /proc.</summary>
    private static (long Rss, long Peak) Memory(int pid)
    {
        long Field(string[] lines, string name) =>
            long.Parse(lines.First(l => l.StartsWith(name, StringComparison.Ordinal))[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        var status = File.ReadAllLines($"/proc/{pid}/status");
        return (Field(status, "VmRSS:"), Field(status, "VmHWM:"));
    }
}
