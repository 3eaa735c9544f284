using OmbudsmanSite.Infrastructure.Media;

namespace OmbudsmanSite.Web.Backoffice.Uploads;

/// <summary>Hands a media form's file to the library from where <see cref="MediaFormReader"/> left it, or refuses it by name when it was over the limit.</summary>
public static class UploadedFiles
{
    public static async Task<MediaResult> StoreAsync(IFormFile file, MediaFileInspector inspector, Func<MediaContent, Task<MediaResult>> store)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(inspector);
        ArgumentNullException.ThrowIfNull(store);
        return file switch
        {
            TemporaryFormFile { IsOverLimit: true } => MediaResult.Refused(inspector.SizeError(file.Length) ?? "The file is over the size limit."),
            TemporaryFormFile { TemporaryPath: { } path } => await store(MediaContent.FromFile(path)),
            _ => MediaResult.Refused("The file did not arrive through the media form's reader."), // every media form goes through it (MediaFormMiddleware)
        };
    }
}
