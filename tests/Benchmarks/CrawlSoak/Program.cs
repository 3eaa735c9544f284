using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

// A bad bot against the site: crawls every same-origin link it can reach (href, src and every srcset
// candidate), ignoring robots.txt and rel=nofollow, at a fixed concurrency for a fixed time, while a
// monitor polls one page every second. Reads the site's resident set from /proc. A benchmark, not a test.
//
//   dotnet run -c Release --project tests/Benchmarks/CrawlSoak -- --base http://127.0.0.1:5000 --pid 1234 [--seconds 600] [--concurrency 16]
var options = Arguments.Parse(args);
using var handler = new SocketsHttpHandler { AllowAutoRedirect = true, MaxConnectionsPerServer = options.Concurrency + 2, AutomaticDecompression = DecompressionMethods.All };
using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
client.DefaultRequestHeaders.UserAgent.ParseAdd("ombudsman-crawl-soak/1.0");
client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br, gzip");

var soak = new Soak(client, options);
return await soak.RunAsync();

internal sealed record Arguments(Uri Base, int Pid, int Seconds, int Concurrency)
{
    public static Arguments Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var baseUrl = Value("--base") ?? throw new ArgumentException("--base URL is required");
        var pid = int.Parse(Value("--pid") ?? throw new ArgumentException("--pid of the site is required"), CultureInfo.InvariantCulture);
        return new Arguments(new Uri(baseUrl), pid,
            int.Parse(Value("--seconds") ?? "600", CultureInfo.InvariantCulture),
            int.Parse(Value("--concurrency") ?? "16", CultureInfo.InvariantCulture));
    }
}

internal sealed partial class Soak(HttpClient client, Arguments options)
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Row = TimeSpan.FromSeconds(60);

    private readonly ConcurrentQueue<Uri> _frontier = new();
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<double> _pollMs = [];
    private long _requests;
    private long _serverErrors;
    private long _timeouts;
    private long _rowRequests;
    private long _rowServerErrors;
    private long _rowTimeouts;
    private long _passes;
    private int _idle;

    public async Task<int> RunAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
        var rssSamples = new List<(double Seconds, long Mb)>();
        var clock = Stopwatch.StartNew();
        Restart();
        Console.WriteLine($"Crawling {options.Base} for {options.Seconds} s at concurrency {options.Concurrency}; site pid {options.Pid}, RSS at start {Rss()} MB.");
        Console.WriteLine();
        Console.WriteLine("| minute | requests | 5xx | timeouts | poll p99 ms | RSS MB |");
        Console.WriteLine("|---|---|---|---|---|---|");

        var workers = Enumerable.Range(0, options.Concurrency).Select(_ => CrawlAsync(stop.Token)).ToList();
        var poller = PollAsync(stop.Token);
        var minute = 0;
        var nextRow = Row;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stop.Token);
            }
            catch (OperationCanceledException)
            {
            }

            rssSamples.Add((clock.Elapsed.TotalSeconds, Rss()));
            if (clock.Elapsed >= nextRow || stop.IsCancellationRequested)
            {
                minute++;
                nextRow += Row;
                var polls = _pollMs.ToArray();
                _pollMs.Clear();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {minute} | {Interlocked.Exchange(ref _rowRequests, 0)} | {Interlocked.Exchange(ref _rowServerErrors, 0)} | {Interlocked.Exchange(ref _rowTimeouts, 0)} | {Percentile(polls, 0.99):F1} | {rssSamples[^1].Mb} |"));
            }
        }

        await Task.WhenAll(workers.Append(poller));
        var peak = rssSamples.Max(s => s.Mb);
        var third = options.Seconds / 3.0;
        var endOfFirstThird = rssSamples.LastOrDefault(s => s.Seconds <= third).Mb;
        var lastThird = rssSamples.Where(s => s.Seconds >= 2 * third).Select(s => s.Mb).DefaultIfEmpty(0).ToList();
        var drift = endOfFirstThird == 0 ? 0 : lastThird.Max(mb => Math.Abs(mb - endOfFirstThird)) * 100.0 / endOfFirstThird;

        Console.WriteLine();
        Console.WriteLine($"crawl passes over the reachable links: {Interlocked.Read(ref _passes)}; distinct URLs in the last pass: {_seen.Count}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RSS at the end of the first third {endOfFirstThird} MB; largest distance from it in the last third {drift:F1}% (target ≤ 5%)"));
        var targetsMet = Interlocked.Read(ref _serverErrors) == 0 && Interlocked.Read(ref _timeouts) == 0 && peak <= 512 && drift <= 5;
        Console.WriteLine(targetsMet ? "targets met" : "TARGETS MISSED (0 5xx, 0 timeouts, peak RSS ≤ 512 MB, last third within 5%)");
        Console.WriteLine($"soak: {Interlocked.Read(ref _requests)} requests, {Interlocked.Read(ref _serverErrors)} 5xx, {Interlocked.Read(ref _timeouts)} timeouts, peak RSS {peak} MB");
        return targetsMet ? 0 : 1;
    }

    /// <summary>Starts the crawl over from the first page (the last pass reached everything it could).</summary>
    private void Restart()
    {
        Interlocked.Increment(ref _passes);
        _seen.Clear();
        Enqueue(new Uri(options.Base, "/az/"));
    }

    private void Enqueue(Uri url)
    {
        if (_seen.TryAdd(url.PathAndQuery, 0))
        {
            _frontier.Enqueue(url);
        }
    }

    private async Task CrawlAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            if (!_frontier.TryDequeue(out var url))
            {
                // Everyone idle and nothing queued: the pass is over, so begin another.
                if (Interlocked.Increment(ref _idle) == options.Concurrency)
                {
                    Restart();
                }

                await Task.Delay(20, CancellationToken.None);
                Interlocked.Decrement(ref _idle);
                continue;
            }

            var (status, html) = await FetchAsync(url);
            Interlocked.Increment(ref _requests);
            Interlocked.Increment(ref _rowRequests);
            if (status >= 500)
            {
                Interlocked.Increment(ref _serverErrors);
                Interlocked.Increment(ref _rowServerErrors);
            }
            else if (status < 0)
            {
                Interlocked.Increment(ref _timeouts);
                Interlocked.Increment(ref _rowTimeouts);
            }

            if (html is not null)
            {
                foreach (var link in Links(url, html))
                {
                    Enqueue(link);
                }
            }
        }
    }

    /// <summary>Status and, for HTML, the text; status -1 for a timeout or a dropped connection.</summary>
    private async Task<(int Status, string? Html)> FetchAsync(Uri url)
    {
        using var timeout = new CancellationTokenSource(RequestTimeout);
        try
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var isHtml = response.Content.Headers.ContentType?.MediaType == "text/html";
            if (isHtml)
            {
                return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(timeout.Token));
            }

            await response.Content.CopyToAsync(Stream.Null, timeout.Token);
            return ((int)response.StatusCode, null);
        }
        catch (Exception exception) when (exception is OperationCanceledException or HttpRequestException or IOException)
        {
            return (-1, null);
        }
    }

    private async Task PollAsync(CancellationToken stop)
    {
        var page = new Uri(options.Base, "/en/");
        while (!stop.IsCancellationRequested)
        {
            var watch = Stopwatch.StartNew();
            var (status, _) = await FetchAsync(page);
            _pollMs.Add(status < 0 ? RequestTimeout.TotalMilliseconds : watch.Elapsed.TotalMilliseconds);
            if (status < 0)
            {
                Interlocked.Increment(ref _timeouts);
                Interlocked.Increment(ref _rowTimeouts);
            }
            else if (status >= 500)
            {
                Interlocked.Increment(ref _serverErrors);
                Interlocked.Increment(ref _rowServerErrors);
            }

            var wait = TimeSpan.FromSeconds(1) - watch.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, stop);
                }
                catch (OperationCanceledException)
                {
                }
            }
        }
    }

    private IEnumerable<Uri> Links(Uri page, string html)
    {
        foreach (Match match in Attribute().Matches(html))
        {
            var value = WebUtility.HtmlDecode(match.Groups["value"].Value);
            var candidates = match.Groups["name"].Value.Equals("srcset", StringComparison.OrdinalIgnoreCase)
                ? value.Split(',').Select(c => c.Trim().Split(' ')[0])
                : [value];
            foreach (var candidate in candidates)
            {
                if (candidate.Length > 0 && !candidate.StartsWith('#') && Uri.TryCreate(page, candidate, out var target) &&
                    target.Scheme == options.Base.Scheme && target.Authority == options.Base.Authority)
                {
                    yield return new Uri(target.GetLeftPart(UriPartial.Query));
                }
            }
        }
    }

    private long Rss()
    {
        try
        {
            var line = File.ReadLines($"/proc/{options.Pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static double Percentile(double[] values, double p)
    {
        if (values.Length == 0)
        {
            return 0;
        }

        Array.Sort(values);
        return values[Math.Min(values.Length - 1, (int)Math.Ceiling(p * values.Length) - 1)];
    }

    [GeneratedRegex(@"(?<name>href|src|srcset)\s*=\s*""(?<value>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex Attribute();
}
