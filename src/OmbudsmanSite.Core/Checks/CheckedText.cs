using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Checks;

/// <summary>One language's texts of an item, the body read into elements, as the writing checks take them.</summary>
public sealed record CheckedText(string Culture, DocumentType Type, string Title, string? Summary, string? SeoDescription, IReadOnlyList<BodyElement> Body);
