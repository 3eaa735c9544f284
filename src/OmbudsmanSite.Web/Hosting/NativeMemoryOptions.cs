namespace OmbudsmanSite.Web.Hosting;

/// <summary>"Site:NativeMemory": how glibc's malloc is kept near what is live (see <see cref="NativeMemory"/>).</summary>
public sealed class NativeMemoryOptions
{
    public const string SectionName = "Site:NativeMemory";

    /// <summary>glibc malloc arenas at most (M_ARENA_MAX); 0 leaves glibc's default of eight per core.</summary>
    public int MallocArenaMax { get; set; } = 2;

    /// <summary>How often memory malloc holds free is given back to the system; zero turns it off.</summary>
    public TimeSpan TrimInterval { get; set; } = TimeSpan.FromSeconds(30);
}
