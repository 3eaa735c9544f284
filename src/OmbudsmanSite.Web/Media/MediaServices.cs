using Microsoft.Extensions.Options;
using OmbudsmanSite.Infrastructure.Media;

namespace OmbudsmanSite.Web.Media;

/// <summary>What the media endpoint needs, bound as one parameter.</summary>
public sealed record MediaServices(
    IMediaStorage Storage,
    ImageUrlSigner Signer,
    ProcessedImageCache Cache,
    ImageProcessingGate Gate,
    IOptions<MediaOptions> Options,
    IWebHostEnvironment Environment);
