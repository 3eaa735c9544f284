using Microsoft.Extensions.Options;

namespace OmbudsmanSite.Web.Hosting;

/// <summary>Gives freed native memory back to the system every <see cref="NativeMemoryOptions.TrimInterval"/>.</summary>
public sealed class NativeMemoryTrimmer(IOptions<NativeMemoryOptions> options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.TrimInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            NativeMemory.Trim();
        }
    }
}
