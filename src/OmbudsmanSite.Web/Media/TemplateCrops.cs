namespace OmbudsmanSite.Web.Media;

/// <summary>
/// The crops the site makes of an image, each around the image's focal point: the lists' cards
/// (3:2, <c>ContentSummary</c>), the backoffice's square thumbnails, and link previews (Open Graph,
/// 1200×630). The media item page previews each.
/// </summary>
public static class TemplateCrops
{
    public static TemplateCrop Card { get; } = new("CropCard", 300, 200);

    public static TemplateCrop Square { get; } = new("CropSquare", 200, 200);

    public static TemplateCrop OpenGraph { get; } = new("CropOpenGraph", 1200, 630);

    public static IReadOnlyList<TemplateCrop> All { get; } = [Card, Square, OpenGraph];
}
