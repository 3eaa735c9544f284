using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Checks;

namespace OmbudsmanSite.Infrastructure.Checks;

/// <summary>
/// Asks an external address whether it answers, following redirects by hand so it can count them and
/// see a loop: HEAD first, GET when HEAD is refused (many servers answer HEAD badly), the body never
/// read. The whole chain shares one time-out. Addresses on this machine's or a private network are not
/// asked unless <see cref="LinkCheckOptions.AllowPrivateNetworks"/>: a link in a page must not make the
/// site probe its own network.
/// </summary>
public sealed class LinkProbe : IDisposable
{
    private static readonly HashSet<HttpStatusCode> RedirectCodes =
        [HttpStatusCode.MovedPermanently, HttpStatusCode.Found, HttpStatusCode.SeeOther, HttpStatusCode.TemporaryRedirect, HttpStatusCode.PermanentRedirect];

    private readonly HttpClient _client;
    private readonly LinkCheckOptions _options;

    public LinkProbe(IOptions<LinkCheckOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        var allowPrivate = _options.AllowPrivateNetworks;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectTimeout = _options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = (context, cancellationToken) => ConnectAsync(context, allowPrivate, cancellationToken),
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
    }

    public async Task<LinkProbeResult> ProbeAsync(Uri address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        var started = Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        var visited = new HashSet<string>(StringComparer.Ordinal) { address.AbsoluteUri };
        var current = address;
        var redirects = 0;
        int? status = null;
        try
        {
            while (true)
            {
                (status, var location) = await AskAsync(current, timeout.Token);
                if (location is null)
                {
                    return new LinkProbeResult(status, redirects, false, Stopwatch.GetElapsedTime(started));
                }

                redirects++;
                var next = new Uri(current, location);
                if (!visited.Add(next.AbsoluteUri))
                {
                    return new LinkProbeResult(status, redirects, true, Stopwatch.GetElapsedTime(started));
                }

                if (redirects >= _options.ErrorRedirects || next.Scheme is not ("http" or "https"))
                {
                    return new LinkProbeResult(status, redirects, false, Stopwatch.GetElapsedTime(started));
                }

                current = next;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new LinkProbeResult(null, redirects, false, Stopwatch.GetElapsedTime(started), LinkFailure.TimedOut);
        }
        catch (HttpRequestException exception)
        {
            var tls = exception.HttpRequestError == HttpRequestError.SecureConnectionError || exception.InnerException is AuthenticationException;
            return new LinkProbeResult(null, redirects, false, Stopwatch.GetElapsedTime(started), tls ? LinkFailure.Tls : LinkFailure.Unreachable);
        }
    }

    public void Dispose() => _client.Dispose();

    /// <summary>The status and, for a redirect, where it points.</summary>
    private async Task<(int Status, Uri? Location)> AskAsync(Uri address, CancellationToken cancellationToken)
    {
        using (var head = new HttpRequestMessage(HttpMethod.Head, address))
        using (var answer = await _client.SendAsync(head, HttpCompletionOption.ResponseHeadersRead, cancellationToken))
        {
            if ((int)answer.StatusCode < 400)
            {
                return Read(answer);
            }
        }

        using var get = new HttpRequestMessage(HttpMethod.Get, address);
        using var response = await _client.SendAsync(get, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        return Read(response);
    }

    private static (int Status, Uri? Location) Read(HttpResponseMessage answer) =>
        ((int)answer.StatusCode, RedirectCodes.Contains(answer.StatusCode) ? answer.Headers.Location : null);

    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, bool allowPrivate, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
        var allowed = addresses.Where(a => allowPrivate || IsPublic(a)).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException(HttpRequestError.ConnectionError, $"{context.DnsEndPoint.Host} is not on a public network.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>False for loopback, private, link-local, carrier-grade NAT and unique-local addresses.</summary>
    internal static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] == 10 || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168)
                || (b[0] == 169 && b[1] == 254) || (b[0] == 100 && b[1] >= 64 && b[1] <= 127) || b[0] == 0);
        }

        return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal);
    }
}
