using System.Globalization;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Web.Media;

namespace OmbudsmanSite.Web.Api;

/// <summary>A library file as the API gives it: what it is, its size and hash, and for a raster image the signed URLs of its widths.</summary>
public sealed class ApiMediaWriter(ImageUrlSigner signer, IOptions<MediaOptions> options)
{
    public ApiMedia Write(PublishedMedia media)
    {
        ArgumentNullException.ThrowIfNull(media);
        var widths = MediaFileKinds.RasterFormat(media.Kind) is null
            ? new Dictionary<string, string>()
            : options.Value.EffectiveImageWidths.Where(w => media.Width is not { } width || w <= width)
                .ToDictionary(w => w.ToString(CultureInfo.InvariantCulture), w => MediaEndpoints.ImageUrl(signer, media.Path, new ImageCommands { ResizeWidth = w, ResizeMode = ResizeMode.Max }));
        return new ApiMedia(
            media.Id, media.Name, ApiItemWriter.Camel(media.Kind.ToString()), media.ContentType, media.Length, media.ContentHash,
            media.Width, media.Height, media.PageCount, media.AltText.Values, media.Caption.Values, MediaEndpoints.FileUrl(media), widths);
    }
}
