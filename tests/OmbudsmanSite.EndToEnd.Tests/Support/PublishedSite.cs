using System.Diagnostics;
using System.Net;
using System.Text;

namespace OmbudsmanSite.EndToEnd.Tests.Support;

/// <summary>
/// The site as it ships: `dotnet publish`, then the published OmbudsmanSite.Web.dll started on a free
/// loopback port with its own data folder. Proves that the top-level wwwroot/ and uSync/ travel with
/// a published build, and gives the browser tests a real server.
/// </summary>
public sealed class PublishedSite : IAsyncLifetime
{
    private readonly StringBuilder _log = new();
    private Process? _process;
    private string _folder = "";
    private string _fixtures = "";

    public Uri BaseAddress { get; private set; } = null!;

    public string PublishFolder => Path.Combine(_folder, "publish");

    /// <summary>The running site's data folder and uSync folder, for commands run beside it.</summary>
    public (string Data, string USync) Folders { get; private set; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("ombudsman-e2e-").FullName;
        var project = Path.Combine(TestEnvironment.RepositoryRoot(), "src", "OmbudsmanSite.Web", "OmbudsmanSite.Web.csproj");
        await TestEnvironment.RunAsync("dotnet", ["publish", project, "-c", "Release", "-o", PublishFolder, "--nologo", "-v", "quiet"]);

        var port = TestEnvironment.FreeLoopbackPort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = PublishFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(PublishFolder, "OmbudsmanSite.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.ToString());
        var (uSync, data) = TestEnvironment.CreateSiteWithFixtures();
        Folders = (data, uSync);
        XssPayloads.WriteTo(uSync);
        _fixtures = Path.GetDirectoryName(data)!;
        start.Environment["Site__DataPath"] = data;
        start.Environment["Site__USyncPath"] = uSync;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        // Reports keep the shipped review step (the review journey); the other journeys publish the other types directly.
        foreach (var type in new[] { "Home", "Page", "NewsArticle", "Meeting" })
        {
            start.Environment[$"Site__Editorial__ReviewRequired__{type}"] = "false";
        }

        // The checks' gate has its own tests (PublishingGateTests); the journeys' fixtures carry errors on purpose.
        foreach (var type in new[] { "Home", "Page", "NewsArticle", "Meeting", "Report" })
        {
            start.Environment[$"ContentChecks__ErrorsBlockPublishing__{type}"] = "false";
        }

        start.Environment["ContentChecks__Links__Enabled"] = "false"; // no request leaves the test machine; the link checker has its own tests
        start.Environment["ContentChecks__ReportRefreshInterval"] = "00:00:02"; // the checks report catches up with the fixtures at once
        start.Environment["Site__Editorial__SchedulePollInterval"] = "00:00:01";
        start.Environment["Site__Backoffice__SignInRateLimit__Enabled"] = "false"; // every journey signs in from 127.0.0.1
        start.Environment["Site__Backoffice__PresenceInterval"] = "00:00:02"; // two editors see each other within seconds
        start.Environment["AllowedHosts"] = BaseAddress.Host;
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the published site.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilServingAsync();
    }

    /// <summary>
    /// Runs a command of the published site (create-admin, add-media…) against the running site's
    /// data, or against <paramref name="dataPath"/> with the published uSync folder; <paramref name="input"/> is its standard input.
    /// </summary>
    public async Task<(int ExitCode, string Output, string Error)> RunCommandAsync(string? dataPath, string? input, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = PublishFolder, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = input is not null };
        start.ArgumentList.Add(Path.Combine(PublishFolder, "OmbudsmanSite.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Site__DataPath"] = dataPath ?? Folders.Data;
        if (dataPath is null)
        {
            start.Environment["Site__USyncPath"] = Folders.USync;
        }

        start.Environment["Site__FileLog__Enabled"] = "false";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the command.");
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        foreach (var folder in new[] { _folder, _fixtures }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task WaitUntilServingAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"The published site exited with {_process.ExitCode}:\n{Log}");
            }

            try
            {
                // Serving, and the search index built in the background after start.
                using var response = await client.GetAsync(new Uri("/az", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK
                    && (await client.GetStringAsync(new Uri("/api/search/suggestions?culture=en&q=ombudsman", UriKind.Relative))).Contains("\"url\"", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The published site did not answer within 90 s:\n{Log}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PublishedSiteTestGroup : ICollectionFixture<PublishedSite>, ICollectionFixture<Browser>
{
    public const string Name = "Published site";
}
