using System.Threading.Channels;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Wakes this node's <see cref="ContentJournalWorker"/> when a write here has committed, so the
/// change is read from the journal at once instead of at the next poll. The nudge carries nothing:
/// what changed is always read from the database, so a lost nudge costs one poll interval at most.
/// </summary>
public sealed class ContentJournal
{
    private readonly Channel<bool> _nudges = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Nudge() => _nudges.Writer.TryWrite(true);

    /// <summary>Waits for a nudge or for <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(timeout);
        try
        {
            await _nudges.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval passed without a write here.
        }
    }
}
