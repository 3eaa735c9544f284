using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace OmbudsmanSite.Infrastructure.Tests.Support;

/// <summary>
/// A web server on loopback that answers as the sites editors link to do: found, gone, failing,
/// refusing HEAD, redirecting in chains and loops, slow, and silent. It counts the requests each path
/// got and the most it was ever asked at once.
/// </summary>
public sealed class LoopbackLinkServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _inFlight;
    private int _mostAtOnce;

    public LoopbackLinkServer()
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        _listener.Prefixes.Add(BaseAddress.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseAddress { get; }

    /// <summary>How long /slow waits before it answers.</summary>
    public TimeSpan SlowDelay { get; init; } = TimeSpan.FromMilliseconds(700);

    /// <summary>How long /silent waits (longer than any test's time-out).</summary>
    public TimeSpan SilentDelay { get; init; } = TimeSpan.FromSeconds(5);

    public ConcurrentDictionary<string, int> Requests { get; } = new(StringComparer.Ordinal);

    public int MostAtOnce => Volatile.Read(ref _mostAtOnce);

    public string Url(string path) => new Uri(BaseAddress, path).AbsoluteUri;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (ObjectDisposedException)
        {
            // Closed while waiting for a request.
        }

        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var now = Interlocked.Increment(ref _inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref _mostAtOnce)) && Interlocked.CompareExchange(ref _mostAtOnce, now, seen) != seen)
        {
        }

        var path = context.Request.Url!.AbsolutePath;
        Requests.AddOrUpdate(path, 1, (_, n) => n + 1);
        var response = context.Response;
        var counted = true;
        try
        {
            var parts = path.Trim('/').Split('/');
            switch (parts[0])
            {
                case "ok":
                    response.StatusCode = 200;
                    break;
                case "gone":
                    response.StatusCode = 410;
                    break;
                case "missing":
                    response.StatusCode = 404;
                    break;
                case "broken":
                    response.StatusCode = 500;
                    break;
                case "no-head":
                    response.StatusCode = context.Request.HttpMethod == "HEAD" ? 405 : 200;
                    break;
                case "chain":
                    var left = int.Parse(parts[1], CultureInfo.InvariantCulture);
                    response.StatusCode = left == 0 ? 200 : 301;
                    if (left > 0)
                    {
                        response.RedirectLocation = $"/chain/{(left - 1).ToString(CultureInfo.InvariantCulture)}";
                    }

                    break;
                case "loop-a":
                    response.StatusCode = 302;
                    response.RedirectLocation = "/loop-b";
                    break;
                case "loop-b":
                    response.StatusCode = 302;
                    response.RedirectLocation = "/loop-a";
                    break;
                case "slow":
                    await Task.Delay(SlowDelay);
                    response.StatusCode = 200;
                    break;
                case "silent":
                    // The checker gives up on it and moves on; a request given up on is not one in flight.
                    Interlocked.Decrement(ref _inFlight);
                    counted = false;
                    await Task.Delay(SilentDelay);
                    response.StatusCode = 200;
                    break;
                default:
                    response.StatusCode = 404;
                    break;
            }
        }
        finally
        {
            if (counted)
            {
                Interlocked.Decrement(ref _inFlight);
            }

            try
            {
                response.Close();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                // The client gave up first (the time-out test).
            }
        }
    }
}
