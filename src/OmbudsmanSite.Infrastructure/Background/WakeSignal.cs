using System.Threading.Channels;

namespace OmbudsmanSite.Infrastructure.Background;

/// <summary>
/// Wakes a background worker when there is work for it, so it need not wait for its next poll. The
/// signal carries nothing: the worker always reads what to do from the database, so a lost signal
/// costs one poll interval at most, and many signals before it wakes count as one.
/// </summary>
public sealed class WakeSignal
{
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _signals.Writer.TryWrite(true);

    /// <summary>
    /// How long to sleep before work due at <paramref name="dueUtc"/>: until then, but at least
    /// <paramref name="shortest"/> and at most <paramref name="longest"/> (the poll, for work that
    /// other nodes add); <paramref name="longest"/> when nothing is due.
    /// </summary>
    public static TimeSpan SleepUntil(DateTime? dueUtc, DateTime nowUtc, TimeSpan shortest, TimeSpan longest)
    {
        if (dueUtc is not { } due)
        {
            return longest;
        }

        var until = due - nowUtc;
        return until < shortest ? shortest : until < longest ? until : longest;
    }

    /// <summary>Waits for <see cref="Wake"/> or for <paramref name="timeout"/> (on <paramref name="time"/>'s clock), whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken, TimeProvider? time = null)
    {
        using var elapsed = new CancellationTokenSource(timeout, time ?? TimeProvider.System);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, elapsed.Token);
        try
        {
            await _signals.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The timeout passed without a signal.
        }
    }
}
