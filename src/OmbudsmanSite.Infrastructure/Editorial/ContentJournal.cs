using OmbudsmanSite.Infrastructure.Background;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Wakes this node's <see cref="ContentJournalWorker"/> when a write here has committed, so the
/// change is read from the journal at once instead of at the next poll. What changed is always read
/// from the database, so a lost nudge costs one poll interval at most.
/// </summary>
public sealed class ContentJournal
{
    private readonly WakeSignal _signal = new();

    public void Nudge() => _signal.Wake();

    /// <summary>Waits for a nudge or for <paramref name="timeout"/>.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
