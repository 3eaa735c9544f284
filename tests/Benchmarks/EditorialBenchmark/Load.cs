using System.Diagnostics;
using System.Net;

namespace EditorialBenchmark;

/// <summary>Requests the measurements share: one answer read to its end, and requests per second from several clients.</summary>
internal static class Load
{
    /// <summary>Asks for <paramref name="address"/> and reads the whole answer; anything but 200 stops the benchmark.</summary>
    public static async Task GetAsync(HttpClient client, string address)
    {
        using var answer = await client.GetAsync(new Uri(address, UriKind.Relative));
        if (answer.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{address} answered {(int)answer.StatusCode}.");
        }

        await answer.Content.CopyToAsync(Stream.Null);
    }

    /// <summary><paramref name="workers"/> clients asking for one address as fast as they can for <paramref name="duration"/>, on <paramref name="client"/>'s connections.</summary>
    public static async Task<double> RequestsPerSecondAsync(HttpClient client, string address, int workers, TimeSpan duration)
    {
        await GetAsync(client, address);
        var count = 0;
        var until = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (until.Elapsed < duration)
            {
                await GetAsync(client, address);
                Interlocked.Increment(ref count);
            }
        }));
        return count / until.Elapsed.TotalSeconds;
    }
}
