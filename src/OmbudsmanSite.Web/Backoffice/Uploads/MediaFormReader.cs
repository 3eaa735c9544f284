using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace OmbudsmanSite.Web.Backoffice.Uploads;

/// <summary>
/// Reads a media form's multipart body as it arrives: each file goes straight to a temporary file,
/// and one that passes the per-file limit stops being kept at that point (the rest of it is read past,
/// never held), so an upload never sits whole in memory, whatever its size. The text fields are kept,
/// bounded. The result is the request's form, so the antiforgery check and the page read it from here.
/// </summary>
public static class MediaFormReader
{
    private const int MaxFieldBytes = 64 * 1024;
    private const int MaxFields = 200;
    private const int MaxFiles = 100;

    public static async Task<IFormCollection> ReadAsync(HttpRequest request, string folder, long maxFileBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value
            ?? throw new InvalidDataException("The form has no multipart boundary.");
        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 };
        var fields = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        var files = new FormFileCollection();
        var count = 0;
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (++count > MaxFields + MaxFiles || !ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                throw new InvalidDataException("The form has more parts than a media form has, or a part without a name.");
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            if (disposition.IsFileDisposition())
            {
                var fileName = Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "");
                files.Add(await KeepFileAsync(section, name, fileName, folder, maxFileBytes, cancellationToken));
            }
            else if (disposition.IsFormDisposition())
            {
                var value = await ReadFieldAsync(section.Body, cancellationToken);
                fields[name] = StringValues.Concat(fields.GetValueOrDefault(name), value);
            }
        }

        return new FormCollection(fields, files);
    }

    private static async Task<TemporaryFormFile> KeepFileAsync(MultipartSection section, string name, string fileName, string folder, long maxFileBytes, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N"));
        var buffer = new byte[81920];
        long length = 0;
        var kept = true;
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous))
        {
            int read;
            while ((read = await section.Body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                length += read;
                if (kept && length > maxFileBytes)
                {
                    kept = false; // from here on it is only counted
                }

                if (kept)
                {
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }
        }

        if (!kept)
        {
            File.Delete(path);
        }

        return new TemporaryFormFile(name, fileName, section.ContentType ?? "application/octet-stream", kept ? path : null, length);
    }

    private static async Task<string> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxFieldBytes + 1];
        var total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
        {
            total += read;
            if (total > MaxFieldBytes)
            {
                throw new InvalidDataException("A field of the form is longer than a media form's fields are.");
            }
        }

        return Encoding.UTF8.GetString(buffer, 0, total);
    }

    /// <summary>Makes <paramref name="form"/> the request's form, so nothing reads the body again.</summary>
    public static void Use(HttpContext context, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Features.Set<IFormFeature>(new FormFeature(form));
    }
}
