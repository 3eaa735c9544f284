namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// The last change-journal sequence number this node has applied (-1 before the first read). The
/// <see cref="ContentJournalWorker"/> moves it after its listeners have taken a batch, so whoever reads
/// it and then takes what the listeners gathered holds every change up to it.
/// </summary>
public sealed class JournalPosition
{
    private long _applied = -1;

    public long Applied => Interlocked.Read(ref _applied);

    internal void MoveTo(long sequence) => Interlocked.Exchange(ref _applied, sequence);
}
