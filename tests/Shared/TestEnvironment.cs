using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OmbudsmanSite.Tests.Shared;

/// <summary>Helpers every test project needs for real processes and ports. Linked into each project.</summary>
internal static class TestEnvironment
{
    /// <summary>The folder holding OmbudsmanSite.sln, found upwards from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OmbudsmanSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Not inside the repository.");
    }

    /// <summary>A loopback port that was free a moment ago (callers retry if it is taken meanwhile).</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a program to completion; throws with its output when it fails.</summary>
    public static async Task RunAsync(string program, IEnumerable<string> arguments, string? runAsUser = null)
    {
        var start = new ProcessStartInfo(runAsUser is null ? program : "runuser") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (runAsUser is not null)
        {
            foreach (var prefix in new[] { "-u", runAsUser, "--", program })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}:\n{await output}\n{await error}");
        }
    }
}
