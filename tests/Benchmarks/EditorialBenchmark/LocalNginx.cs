using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using OmbudsmanSite.Tests.Shared;

namespace EditorialBenchmark;

/// <summary>
/// Debian's nginx on a loopback port with the operations guide's own server file
/// (docs/nginx/ombudsman.conf): its upstream lines pointed at the given nodes, TLS with a
/// self-signed certificate made here. Installs the package when missing and run as root, as the tests
/// install PostgreSQL.
/// </summary>
internal sealed partial class LocalNginx : IAsyncDisposable
{
    private const string Executable = "/usr/sbin/nginx";

    private readonly Process _process;
    private readonly string _folder;

    private LocalNginx(Process process, string folder, int port, X509Certificate2 certificate)
    {
        _process = process;
        _folder = folder;
        Port = port;
        Certificate = certificate;
    }

    public int Port { get; }

    /// <summary>The self-signed certificate nginx presents: a client trusts exactly this one.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>A client for nginx's TLS port that accepts this run's certificate and no other.</summary>
    public HttpClient CreateClient(int connections)
    {
        var thumbprint = Certificate.Thumbprint;
        return new HttpClient(new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = connections,
            SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => presented is not null && presented.GetCertHashString() == thumbprint },
        })
        { BaseAddress = new Uri($"https://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}") };
    }

    public static async Task<LocalNginx> StartAsync(IReadOnlyList<Uri> nodes)
    {
        await EnsureInstalledAsync();
        var folder = Directory.CreateTempSubdirectory("ombudsman-nginx-").FullName;
        var port = TestEnvironment.FreeLoopbackPort();
        var (certificate, key) = (Path.Combine(folder, "fullchain.pem"), Path.Combine(folder, "privkey.pem"));
        await TestEnvironment.RunAsync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=ombudsman.az", "-keyout", key, "-out", certificate]);

        var server = await File.ReadAllTextAsync(Path.Combine(TestEnvironment.RepositoryRoot(), "docs", "nginx", "ombudsman.conf"));
        server = UpstreamLines().Replace(server, "");
        server = server.Replace("upstream ombudsman {", "upstream ombudsman {\n" + string.Concat(nodes.Select(n => $"    server {n.Authority};\n")), StringComparison.Ordinal)
            .Replace("listen 443 ssl", $"listen 127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)} ssl", StringComparison.Ordinal)
            .Replace("/etc/ssl/ombudsman.az/fullchain.pem", certificate, StringComparison.Ordinal)
            .Replace("/etc/ssl/ombudsman.az/privkey.pem", key, StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(folder, "ombudsman.conf"), server);
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            worker_processes auto;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 1024; }
            http {
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                include {{folder}}/ombudsman.conf;
            }
            """);

        var start = new ProcessStartInfo(Executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-g", "daemon off;" })
        {
            start.ArgumentList.Add(argument);
        }

        var trusted = X509Certificate2.CreateFromPem(await File.ReadAllTextAsync(certificate));
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start nginx.");
        var nginx = new LocalNginx(process, folder, port, trusted);
        try
        {
            await nginx.WaitUntilListeningAsync();
        }
        catch
        {
            await nginx.DisposeAsync(); // no nginx left behind when it never listened
            throw;
        }

        return nginx;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Certificate.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task EnsureInstalledAsync()
    {
        if (File.Exists(Executable))
        {
            return;
        }

        if (Environment.UserName != "root")
        {
            throw new InvalidOperationException("nginx is not installed: run the benchmark as root (it installs Debian's nginx) or install it yourself.");
        }

        Console.WriteLine("Installing Debian's nginx for the proxy measurement...");
        await TestEnvironment.RunAsync("apt-get", ["update", "-qq"]);
        await TestEnvironment.RunAsync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "nginx"]);
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with {_process.ExitCode}: {await _process.StandardError.ReadToEndAsync()}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException("nginx did not listen within 20 s.");
    }

    [GeneratedRegex(@"^\s*server 127\.0\.0\.1:\d+;\s*$\n", RegexOptions.Multiline)]
    private static partial Regex UpstreamLines();
}
