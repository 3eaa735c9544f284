namespace OmbudsmanSite.Web.Routing;

/// <summary>
/// HEAD is answered as GET with the body left out (RFC 9110 §9.3.2): same status, same headers, on
/// every GET endpoint, cached or not. The request is routed as GET, so no endpoint needs to list
/// HEAD; a 405 lists HEAD wherever it lists GET.
/// </summary>
public sealed class HeadRequestMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var isHead = HttpMethods.IsHead(context.Request.Method);
        if (isHead)
        {
            context.Request.Method = HttpMethods.Get;
        }

        context.Response.OnStarting(() =>
        {
            if (context.Response.Headers.Allow is { Count: > 0 } allow && allow.ToString() is var methods &&
                methods.Contains(HttpMethods.Get, StringComparison.Ordinal) && !methods.Contains(HttpMethods.Head, StringComparison.Ordinal))
            {
                context.Response.Headers.Allow = methods.Replace(HttpMethods.Get, HttpMethods.Get + ", " + HttpMethods.Head, StringComparison.Ordinal);
            }

            return Task.CompletedTask;
        });

        if (!isHead)
        {
            await next(context);
            return;
        }

        // Whatever is written is dropped here (Kestrel would drop it too, but not every server does);
        // Content-Length, when set, still tells the size a GET would send.
        var body = context.Response.Body;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
            context.Request.Method = HttpMethods.Head;
        }
    }
}
