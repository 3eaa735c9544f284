using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Infrastructure.Media;

namespace OmbudsmanSite.Infrastructure.Tests.Media;

public sealed class ImageUrlSignerTests
{
    private static readonly string Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private readonly ImageUrlSigner _signer = new(Options.Create(new MediaOptions { SigningKey = Key }));

    [Fact]
    public void A_signature_is_valid_only_for_its_path_and_commands()
    {
        var commands = new ImageCommands { ResizeWidth = 400, OutputFormat = ImageFormat.WebP }.ToCanonicalString();
        var signature = _signer.Sign("/media/abc/photo.jpg", commands);

        Assert.True(_signer.IsValid("/media/abc/photo.jpg", commands, signature));
        Assert.False(_signer.IsValid("/media/abc/other.jpg", commands, signature));
        Assert.False(_signer.IsValid("/media/abc/photo.jpg", new ImageCommands { ResizeWidth = 4000, OutputFormat = ImageFormat.WebP }.ToCanonicalString(), signature));
        Assert.False(_signer.IsValid("/media/abc/photo.jpg", commands, signature[..^1] + (signature[^1] == 'A' ? 'B' : 'A')));
        Assert.False(_signer.IsValid("/media/abc/photo.jpg", commands, null));
        Assert.False(_signer.IsValid("/media/abc/photo.jpg", commands, ""));
    }

    [Fact]
    public void Another_key_gives_another_signature()
    {
        var other = new ImageUrlSigner(Options.Create(new MediaOptions { SigningKey = Convert.ToBase64String(new byte[32]) }));

        Assert.NotEqual(_signer.Sign("/media/a.jpg", "width=10"), other.Sign("/media/a.jpg", "width=10"));
        Assert.Throws<InvalidOperationException>(() => new ImageUrlSigner(Options.Create(new MediaOptions { SigningKey = Convert.ToBase64String(new byte[8]) })));
    }
}
