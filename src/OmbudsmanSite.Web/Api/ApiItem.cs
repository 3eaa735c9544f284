using System.Text.Json.Serialization;

namespace OmbudsmanSite.Web.Api;

/// <summary>
/// An item in one language as the API gives it: no drafts, editorial ids, user names or storage
/// paths. Dates are UTC; <see cref="DateLocal"/> is the same instant in the site's time zone (Baku),
/// with its offset. <see cref="Cultures"/> names the public path of every language it is published in.
/// </summary>
public sealed record ApiItem(
    Guid Id,
    string Type,
    string Culture,
    string Title,
    string Path,
    string? Summary,
    string Body,
    string? SeoDescription,
    DateTime? DateUtc,
    DateTimeOffset? DateLocal,
    DateTime? PublishedUtc,
    DateTime? FirstPublishedUtc,
    DateTime UpdatedUtc,
    Guid? ImageId,
    ApiMeeting? Meeting,
    ApiReport? Report,
    IReadOnlyList<ApiTerm> Topics,
    IReadOnlyList<ApiTerm> Organisations,
    IReadOnlyDictionary<string, string> Cultures)
{
    /// <summary>Set when the item was withdrawn: it keeps its page, with this notice, but leaves lists unless asked (<c>withdrawn=true</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ApiWithdrawal? Withdrawn { get; init; }

    /// <summary>When readers were last told of a change (a change note); absent when never. Minor changes leave it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTime? PublicUpdatedUtc { get; init; }

    /// <summary>What changed, newest first, as the page's "Updates to this page" lists it; absent when nothing was noted.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ApiChangeNote>? ChangeNotes { get; init; }

    /// <summary>The lead image (with <c>expand=media</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ApiMedia? Image { get; init; }

    /// <summary>The published items sharing the most topics, organisations or people (with <c>expand=related</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ApiItem>? Related { get; init; }
}
