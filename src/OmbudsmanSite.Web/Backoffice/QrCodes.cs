using QRCoder;

namespace OmbudsmanSite.Web.Backoffice;

/// <summary>QR codes (QRCoder) as PNG data addresses: the CSP allows <c>data:</c> images and nothing inline else.</summary>
public static class QrCodes
{
    public static string PngDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(pixelsPerModule: 5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
