using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace OmbudsmanSite.Infrastructure.Media;

/// <summary>A PDF's page count, text and declared language, read with PdfPig once, when the file enters the library.</summary>
public sealed record PdfContent(int? PageCount, string Text)
{
    /// <summary>The catalog's /Lang ("en-GB"); "" when the file declares none; null when unreadable.</summary>
    public string? Language { get; init; }

    /// <summary>Text kept per file: enough for search and snippets, bounded so one huge report cannot fill the index.</summary>
    public const int MaxTextLength = 200_000;

    public static PdfContent Unreadable { get; } = new(null, "");

    /// <summary>The content, or <see cref="Unreadable"/> when PdfPig cannot open the file (it is then kept, shown without pages and not searched).</summary>
    public static PdfContent Read(MediaContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            // PdfPig reads a seekable stream as it needs it, page by page.
            using var stream = content.OpenRead();
            using var document = PdfDocument.Open(stream);
            var text = new StringBuilder();
            foreach (Page page in document.GetPages())
            {
                if (text.Length >= MaxTextLength)
                {
                    break;
                }

                text.AppendJoin(' ', page.GetWords().Select(w => w.Text)).Append('\n');
            }

            var language = document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Lang, out var declared) && declared is StringToken lang ? lang.Data.Trim() : "";
            return new PdfContent(document.NumberOfPages, text.Length > MaxTextLength ? text.ToString(0, MaxTextLength) : text.ToString()) { Language = language };
        }
#pragma warning disable CA1031 // PdfPig throws many kinds on damaged files; any of them means "no text", never a failed upload.
        catch (Exception)
#pragma warning restore CA1031
        {
            return Unreadable;
        }
    }
}
