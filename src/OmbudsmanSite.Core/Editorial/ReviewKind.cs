namespace OmbudsmanSite.Core.Editorial;

public enum ReviewKind
{
    /// <summary>Someone asks for a second pair of eyes before the text goes live (GOV.UK's "2i").</summary>
    Submission,

    /// <summary>An editor published without review, with a reason: a second editor reads it afterwards.</summary>
    Retrospective,
}
