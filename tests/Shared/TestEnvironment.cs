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

    /// <summary>
    /// A temp copy of the repository's uSync/ with tests/TestData/uSync merged over it (fixture
    /// content and media: a news photo, report PDFs), and an empty data folder: content for every template.
    /// </summary>
    public static (string USyncPath, string DataPath) CreateSiteWithFixtures()
    {
        var root = Directory.CreateTempSubdirectory("ombudsman-fixtures-").FullName;
        var uSync = Path.Combine(root, "uSync");
        CopyTree(Path.Combine(RepositoryRoot(), "uSync"), uSync);
        CopyTree(Path.Combine(RepositoryRoot(), "tests", "TestData", "uSync"), uSync);
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(data);
        return (uSync, data);
    }

    /// <summary>
    /// What a site on PostgreSQL must be given (as every node of a real deployment): one image signing
    /// key, and a media folder outside the node's data folder. Keys are configuration keys.
    /// </summary>
    public static IReadOnlyDictionary<string, string> SharedNodeSettings(string mediaFolder, string? signingKey = null) => new Dictionary<string, string>
    {
        ["Site:Media:SigningKey"] = signingKey ?? Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        ["Site:Media:StoragePath"] = mediaFolder,
    };

    /// <summary>A small, well-formed PDF with the given number of empty pages.</summary>
    /// <summary>
    /// A PDF of <paramref name="pages"/> pages: blank (a scan's text layer) unless <paramref name="text"/>
    /// is given, which each page then shows in Helvetica; <paramref name="language"/> becomes its /Lang.
    /// </summary>
    public static byte[] SamplePdf(int pages, string? text = null, string? language = null)
    {
        var objects = new List<string>
        {
            $"<< /Type /Catalog /Pages 2 0 R{(language is null ? "" : $" /Lang ({language})")} >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(3, pages).Select(n => $"{n} 0 R"))}] /Count {pages} >>",
        };
        if (text is null)
        {
            objects.AddRange(Enumerable.Repeat("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>", pages));
        }
        else
        {
            // Pages 3…, then the font, then one content stream shared by every page.
            var font = 3 + pages;
            var stream = $"BT /F1 12 Tf 72 720 Td ({text}) Tj ET";
            objects.AddRange(Enumerable.Repeat($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {font + 1} 0 R >>", pages));
            objects.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
            objects.Add($"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream");
        }
        var body = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(body.Length);
            body.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = body.Length;
        body.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            body.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        body.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(body.ToString());
    }

    public static void CopyTree(string source, string target)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
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
