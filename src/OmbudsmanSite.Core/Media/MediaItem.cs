using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Media;

/// <summary>
/// One file of the media library: an image or a document, in a folder, with alt text and caption per
/// language. The stored file is immutable: a new file for the same item gets a new
/// <see cref="StoragePath"/>, so every URL of it can be cached for a year.
/// </summary>
public sealed class MediaItem
{
    // For EF Core.
    private MediaItem()
    {
    }

    public MediaItem(Guid id, string name, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ContentRuleException("A media item needs a name.");
        }

        Id = id;
        Name = name.Trim();
        CreatedUtc = nowUtc;
        UpdatedUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid? FolderId { get; set; }

    /// <summary>The editors' name for it in the library.</summary>
    public string Name { get; set; } = "";

    public MediaFileKind Kind { get; private set; }

    /// <summary>Where the file lives in the media storage: "{id}/{version}/{file name}".</summary>
    public string StoragePath { get; private set; } = "";

    /// <summary>The file's SHA-256 (hex): an unchanged file is not stored again.</summary>
    public string ContentHash { get; private set; } = "";

    public long Length { get; private set; }

    public int? Width { get; private set; }

    public int? Height { get; private set; }

    /// <summary>Pages of a PDF, when it could be read.</summary>
    public int? PageCount { get; private set; }

    /// <summary>
    /// The language a PDF declares for its text (its catalog's /Lang, "en-GB"), which screen readers
    /// speak it in: "" when it declares none, null when not read (not a PDF, or stored before this was read).
    /// </summary>
    public string? DocumentLanguage { get; private set; }

    /// <summary>What the image shows, per language, for people who cannot see it. Empty for decorative images.</summary>
    public LocalizedText AltText { get; set; } = new();

    public LocalizedText Caption { get; set; } = new();

    /// <summary>Across (0–1) of the point every crop keeps in view; null with <see cref="FocusY"/>: the centre.</summary>
    public double? FocusX { get; private set; }

    public double? FocusY { get; private set; }

    /// <summary>The point every crop keeps in view, when one was set.</summary>
    public FocalPoint? FocalPoint => FocusX is { } x && FocusY is { } y ? new FocalPoint(x, y) : null;

    public void SetFocalPoint(FocalPoint? point)
    {
        FocusX = point?.X;
        FocusY = point?.Y;
    }

    public DateTime CreatedUtc { get; private set; }

    public DateTime UpdatedUtc { get; private set; }

    public bool IsImage => MediaFileKinds.RasterFormat(Kind) is not null || Kind == MediaFileKind.Svg;

    public string ContentType => MediaFileKinds.ContentType(Kind);

    /// <summary>The file name a download is saved under: the last part of the storage path.</summary>
    public string FileName => StoragePath[(StoragePath.LastIndexOf('/') + 1)..];

    /// <summary>Points the item at a newly stored file.</summary>
    public void SetFile(MediaStoredFile file, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(file);
        Kind = file.Kind;
        StoragePath = file.StoragePath;
        ContentHash = file.ContentHash;
        Length = file.Length;
        Width = file.Width;
        Height = file.Height;
        PageCount = file.PageCount;
        DocumentLanguage = file.DocumentLanguage;
        UpdatedUtc = nowUtc;
    }

    public void Touch(DateTime nowUtc) => UpdatedUtc = nowUtc;
}

/// <summary>The facts of a stored file, as the library found them on upload.</summary>
public sealed record MediaStoredFile(MediaFileKind Kind, string StoragePath, string ContentHash, long Length, int? Width, int? Height, int? PageCount)
{
    /// <summary>See <see cref="MediaItem.DocumentLanguage"/>.</summary>
    public string? DocumentLanguage { get; init; }
}
