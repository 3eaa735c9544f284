namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// Keys of the messages the editorial core gives (<see cref="FieldError.Key"/>), which the backoffice
/// words in the user's language. Each is a string in Resources/BackofficeText*.resx.
/// </summary>
public static class EditorialMessages
{
    /// <summary>Values: how many errors, then the languages that have them.</summary>
    public const string ChecksBlockPublishing = "ChecksBlockPublishing";

    /// <summary>Values: none (the field names the language).</summary>
    public const string WithdrawalExplanationMissing = "WithdrawalExplanationMissing";

    /// <summary>Values: the longest an explanation may be.</summary>
    public const string WithdrawalExplanationTooLong = "WithdrawalExplanationTooLong";

    public const string WithdrawalNeedsPublishedItem = "WithdrawalNeedsPublishedItem";

    public const string RemovalNeedsPublishedItem = "RemovalNeedsPublishedItem";

    public const string ReplacementIsTheItem = "ReplacementIsTheItem";

    public const string ReplacementMissing = "ReplacementMissing";

    /// <summary>The replacement is live in none of the languages the removed item was live in.</summary>
    public const string ReplacementNotLive = "ReplacementNotLive";

    public const string ChangeNoteFirstPublish = "ChangeNoteFirstPublish";

    /// <summary>Values: the longest a note may be.</summary>
    public const string ChangeNoteTooLong = "ChangeNoteTooLong";
}
