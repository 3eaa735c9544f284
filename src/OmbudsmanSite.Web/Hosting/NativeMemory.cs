using System.Runtime.InteropServices;

namespace OmbudsmanSite.Web.Hosting;

/// <summary>
/// glibc's malloc, which libvips, Brotli and SQLite allocate through, gives each thread that
/// allocates under contention an arena of its own and keeps freed memory in them. Under a crawl that
/// resizes images on pool threads this grew the process by hundreds of megabytes that nothing used.
/// Bounding the arenas and trimming after bursts keeps native memory near what is live. Other C
/// libraries (musl, Windows) are left alone.
/// </summary>
internal static class NativeMemory
{
    // mallopt's parameter number for M_ARENA_MAX in glibc's malloc.h.
    private const int ArenaMax = -8;

    public static void LimitArenas(int arenas)
    {
        if (OperatingSystem.IsLinux() && arenas > 0)
        {
            Call(() => mallopt(ArenaMax, arenas));
        }
    }

    /// <summary>Gives memory that malloc holds free back to the system.</summary>
    public static void Trim()
    {
        if (OperatingSystem.IsLinux())
        {
            Call(() => malloc_trim(0));
        }
    }

    private static void Call(Func<int> call)
    {
        try
        {
            call();
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            // Not glibc: nothing to tune.
        }
    }

    // DllImport rather than LibraryImport: two blittable calls need no generated marshalling, and
    // LibraryImport would need unsafe code enabled for the whole project.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "mallopt")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int mallopt(int parameter, int value);

    [DllImport("libc", EntryPoint = "malloc_trim")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int malloc_trim(nuint pad);
#pragma warning restore SYSLIB1054
}
