namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// One culture as lists and the editor show it; <see cref="IsOutOfDate"/> when its source text changed
/// after it was translated; <see cref="InReview"/> while a submission of it waits for a decision;
/// <see cref="EverPublished"/> once it has been live (its old addresses then keep answering).
/// </summary>
public sealed record CultureStateSummary(string Culture, string Title, string Slug, CultureState State, int? PublishedVersion, bool IsOutOfDate = false, bool InReview = false, bool EverPublished = false)
{
    /// <summary>The state people read: "in review" over a draft or pending change that waits for a reviewer.</summary>
    public CultureState Shown => CultureStateRules.Shown(State, InReview);
}
