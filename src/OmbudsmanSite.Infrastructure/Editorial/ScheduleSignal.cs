using OmbudsmanSite.Infrastructure.Background;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Wakes this node's <see cref="ScheduleWorker"/> when a schedule was set here, so it sleeps until that
/// schedule's time rather than its old plan's. Other nodes' schedules are found at the next poll.
/// </summary>
public sealed class ScheduleSignal
{
    private readonly WakeSignal _signal = new();

    public void Wake() => _signal.Wake();

    public Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken, time);
}
