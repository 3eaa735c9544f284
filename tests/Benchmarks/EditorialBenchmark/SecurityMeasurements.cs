using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Identity;

namespace EditorialBenchmark;

/// <summary>
/// The figures of the backoffice's hardening (issue 20), measured against the running site:
/// the resident memory a refused 120 MB upload adds, and how long sign-in answers a known address
/// with a wrong password, an unknown address and a locked account.
/// </summary>
internal static class SecurityMeasurements
{
    public static async Task RunAsync(IServiceProvider services, HttpClient pages, int attempts)
    {
        var session = await BackofficeSession.SignInAsync(services, pages);
        await MeasureUploadAsync(session);
        await MeasureSignInAsync(services, pages, attempts);
    }

    /// <summary>A 120 MB file (over the 50 MB limit, under the 256 MB form limit), made up as it is sent: resident memory before, at its peak during, and after.</summary>
    private static async Task MeasureUploadAsync(BackofficeSession session)
    {
        await using (var warmUp = new ZeroStream(1024 * 1024))
        {
            await session.UploadAsync("warm-up.pdf", warmUp); // the form's code paths are loaded before the measurement
        }

        var before = Settled();
        ResetPeak();
        var watch = Stopwatch.StartNew();
        HttpStatusCode status;
        await using (var huge = new ZeroStream(120L * 1024 * 1024))
        {
            status = await session.UploadAsync("refused-120-mb.pdf", huge);
        }

        var elapsed = watch.Elapsed;
        var peak = Peak();
        var after = Settled();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Refused 120 MB upload: answer {(int)status} in {elapsed.TotalSeconds:0.0} s; resident set {Mb(before)} MB before, peak {Mb(peak)} MB (+{Mb(peak - before)} MB), {Mb(after)} MB after (+{Mb(after - before)} MB)."));
    }

    /// <summary>Median and 95th percentile of the answer's time for each kind of failed sign-in, each from a fresh page.</summary>
    private static async Task MeasureSignInAsync(IServiceProvider services, HttpClient client, int attempts)
    {
        const string password = "Benchmark staff member's passphrase";
        var known = new List<string>();
        using (var scope = services.CreateScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<BackofficeAccounts>();
            for (var n = 0; n < attempts + 1; n++)
            {
                var email = $"staff{n}@ombudsman.test";
                var (result, _) = await accounts.CreateAsync(email, new AccountChanges($"Staff {n}", [BackofficeRoles.Writer], [], null), password, SystemUsers.Command);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException(BackofficeAccounts.Describe(result));
                }

                known.Add(email);
            }
        }

        var locked = known[^1];
        for (var n = 0; n < 5; n++)
        {
            await BackofficeSession.TrySignInAsync(client, locked, "guessing");
        }

        var kinds = new (string Name, Func<int, (string Email, string Password)> Attempt)[]
        {
            ("known address, wrong password", n => (known[n], "a wrong password")),
            ("unknown address", n => ($"nobody{n}@ombudsman.test", "a wrong password")),
            ("locked account, wrong password", _ => (locked, "a wrong password")),
            ("locked account, right password", _ => (locked, password)),
        };
        var timings = kinds.ToDictionary(k => k.Name, _ => new List<double>());
        for (var n = 0; n < attempts; n++)
        {
            foreach (var (name, attempt) in kinds)
            {
                var (email, guess) = attempt(n);
                var watch = Stopwatch.StartNew();
                await BackofficeSession.TrySignInAsync(client, email, guess);
                timings[name].Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine($"Failed sign-ins, {attempts} each, interleaved (the whole exchange: the sign-in page, then its post):");
        foreach (var (name, times) in timings)
        {
            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-32} p50 {times[times.Count / 2],6:0.0} ms   p95 {times[(int)(times.Count * 0.95)],6:0.0} ms"));
        }
    }

    private static long Settled()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    // Linux keeps the peak resident set (VmHWM) per process; writing 5 to clear_refs starts it again from now.
    private static void ResetPeak() => File.WriteAllText("/proc/self/clear_refs", "5");

    private static long Peak() =>
        File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1] is var kb
            ? long.Parse(kb, CultureInfo.InvariantCulture) * 1024 : 0;

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>Zeros made up as they are read: the client holds none of the upload.</summary>
    private sealed class ZeroStream(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            Array.Clear(buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
