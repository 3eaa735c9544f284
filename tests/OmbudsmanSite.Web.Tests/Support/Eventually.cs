using System.Diagnostics;

namespace OmbudsmanSite.Web.Tests.Support;

/// <summary>Waits for what a background worker brings about (the journal reaching caches, the index, another node).</summary>
public static class Eventually
{
    /// <summary>True as soon as <paramref name="condition"/> holds, asking every 25 ms; false if it still does not after <paramref name="within"/> (10 s).</summary>
    public static async Task<bool> TrueAsync(Func<Task<bool>> condition, TimeSpan? within = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < (within ?? TimeSpan.FromSeconds(10)))
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(25);
        }

        return await condition();
    }
}
