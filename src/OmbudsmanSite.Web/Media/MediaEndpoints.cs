using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Infrastructure.Media;

namespace OmbudsmanSite.Web.Media;

/// <summary>
/// GET /media/{path}: the original file, or with image commands (?width=400&amp;format=webp&amp;sig=…)
/// a processed derivative from the disk cache. Commands must carry the HMAC of <see cref="ImageUrlSigner"/>
/// outside development, so nobody can make the server resize at will. Every answer is immutable for a
/// year: a media path never changes content (new uploads get new paths). Documents are streamed as
/// stored; an image is only ever given out processed, so its metadata (GPS) never leaves the server.
/// </summary>
public static class MediaEndpoints
{
    public const string RequestPath = "/media";

    /// <summary>What an image's own URL gives: full size, its own format, re-encoded without metadata.</summary>
    private static readonly ImageCommands FullSize = new() { OutputQuality = 90 };

    // Enough for every signature the sniffer knows (SVG is looked for in the first kilobyte).
    private const int SniffLength = 1024;
    private const string ImmutableForAYear = "public, max-age=31536000, immutable";

    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(RequestPath + "/{**path}", ServeAsync);
        return endpoints;
    }

    /// <summary>The URL of a library item's file as it was uploaded.</summary>
    public static string FileUrl(PublishedMedia item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return $"{RequestPath}/{item.Path}";
    }

    /// <inheritdoc cref="FileUrl(PublishedMedia)"/>
    public static string FileUrl(MediaItem item) => FileUrl(PublishedMedia.From(item));

    /// <summary>A small picture of an item for the backoffice's lists and pickers: the SVG itself, or a signed derivative <paramref name="width"/> wide at most.</summary>
    public static string ThumbnailUrl(ImageUrlSigner signer, MediaItem item, int width)
    {
        var media = PublishedMedia.From(item);
        return media.Kind == MediaFileKind.Svg
            ? FileUrl(media)
            : ImageUrl(signer, media.Path, new ImageCommands { ResizeWidth = width, ResizeMode = ResizeMode.Max });
    }

    /// <summary>
    /// A signed URL of <paramref name="item"/> cropped to <paramref name="width"/>×<paramref name="height"/>
    /// around its focal point (the centre when it has none): what every crop the site makes asks for.
    /// </summary>
    public static string CropUrl(ImageUrlSigner signer, PublishedMedia item, int width, int height, ImageFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Kind == MediaFileKind.Svg
            ? FileUrl(item)
            : ImageUrl(signer, item.Path, new ImageCommands
            {
                ResizeWidth = width, ResizeHeight = height, ResizeMode = ResizeMode.Crop, CentreCoordinates = item.FocalPoint, OutputFormat = format,
            });
    }

    /// <inheritdoc cref="CropUrl(ImageUrlSigner, PublishedMedia, int, int, ImageFormat?)"/>
    public static string CropUrl(ImageUrlSigner signer, MediaItem item, int width, int height, ImageFormat? format = null) =>
        CropUrl(signer, PublishedMedia.From(item), width, height, format);

    /// <summary>A signed URL for an image in the library, for templates.</summary>
    public static string ImageUrl(ImageUrlSigner signer, string path, ImageCommands commands)
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(commands);
        var canonical = commands.ToCanonicalString();
        var url = $"{RequestPath}/{path}";
        return canonical.Length == 0 ? url : $"{url}?{canonical}&{ImageUrlSigner.SignatureKey}={signer.Sign(path, canonical)}";
    }

    private static async Task<IResult> ServeAsync(string path, HttpContext context, MediaServices services)
    {
        var (storage, signer, cache, gate, environment) = (services.Storage, services.Signer, services.Cache, services.Gate, services.Environment);
        var query = context.Request.Query;
        var commandPairs = query.Where(q => ImageCommands.Names.Contains(q.Key, StringComparer.OrdinalIgnoreCase))
            .Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString()));
        if (!ImageCommands.TryParse(commandPairs, out var commands, out var error))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: error);
        }

        var canonical = commands.ToCanonicalString();
        if (canonical.Length > 0 && !environment.IsDevelopment() && !signer.IsValid(path, canonical, query[ImageUrlSigner.SignatureKey]))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Image commands must be signed: use the URLs the site's pages give.");
        }

        context.Response.Headers.XContentTypeOptions = "nosniff";

        // An image is never given out as uploaded: its own URL gives it full size, upright and
        // without metadata, so a phone photo's GPS position stays on the server.
        var key = ProcessedImageCache.KeyOf(path, canonical.Length == 0 ? FullSize.ToCanonicalString() : canonical);
        if (cache.TryGet(key) is { } hit)
        {
            // The common case, answered without reading the source.
            return Processed(context, hit);
        }

        if (canonical.Length == 0)
        {
            if (await OriginalAsync(path, context, storage) is { } original)
            {
                return original;
            }

            commands = FullSize;
        }

        // The source is read only inside a slot: a crawl over many derivatives holds at most one
        // source and one libvips job per slot in memory, and the rest are told to come back.
        using var slot = await gate.TryEnterAsync(context.RequestAborted);
        if (slot is null)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(services.Options.Value.ImageRetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers.CacheControl = "no-store";
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy making images: try again in a moment.");
        }

        if (cache.TryGet(key) is { } madeMeanwhile)
        {
            return Processed(context, madeMeanwhile);
        }

        var source = await storage.ReadAsync(path, context.RequestAborted);
        if (source is null)
        {
            return Results.NotFound();
        }

        if (MediaFileKinds.RasterFormat(MediaFileInspector.Sniff(source)) is not { } format)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Only JPEG, PNG, WebP and AVIF images take image commands.");
        }

        return Processed(context, await cache.GetOrCreateAsync(key, () => Task.Run(() => ImageProcessor.Process(source, commands, format))));
    }

    private static IResult Processed(HttpContext context, CachedImage image)
    {
        context.Response.Headers.CacheControl = ImmutableForAYear;
        return NotModified(context, image.ETag) ?? Results.File(image.Bytes, image.ContentType, entityTag: new EntityTagHeaderValue(image.ETag));
    }

    /// <summary>
    /// The stored file itself, streamed (a 50 MB report never sits whole in memory), with ranges for
    /// PDF readers; null for a raster image, which is served processed instead.
    /// </summary>
    private static async Task<IResult?> OriginalAsync(string path, HttpContext context, IMediaStorage storage)
    {
        var stream = await storage.OpenReadAsync(path, context.RequestAborted);
        if (stream is null)
        {
            return Results.NotFound();
        }

        var head = new byte[Math.Min(stream.Length, SniffLength)];
        await stream.ReadExactlyAsync(head, context.RequestAborted);
        stream.Position = 0;
        var kind = MediaFileInspector.Sniff(head);
        if (MediaFileKinds.RasterFormat(kind) is not null)
        {
            await stream.DisposeAsync();
            return null;
        }

        if (kind == MediaFileKind.Svg)
        {
            context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
        }

        // A media path never changes content, so path and length name it: no hash of the file per request.
        context.Response.Headers.CacheControl = ImmutableForAYear;
        var etag = "\"" + ProcessedImageCache.KeyOf(path, stream.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))[..16] + "\"";
        if (NotModified(context, etag) is { } notModified)
        {
            await stream.DisposeAsync();
            return notModified;
        }

        return Results.File(stream, MediaFileKinds.ContentType(kind), entityTag: new EntityTagHeaderValue(etag), enableRangeProcessing: true);
    }

    private static IResult? NotModified(HttpContext context, string etag) =>
        context.Request.Headers.IfNoneMatch.ToString().Split(',').Any(t => t.Trim() == etag || t.Trim() == "W/" + etag)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : null;
}
