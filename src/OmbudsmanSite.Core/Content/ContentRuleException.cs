namespace OmbudsmanSite.Core.Content;

/// <summary>An operation broke a content rule (unknown culture, empty title, frozen slug...).</summary>
public sealed class ContentRuleException : Exception
{
    public ContentRuleException()
    {
    }

    public ContentRuleException(string message)
        : base(message)
    {
    }

    public ContentRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
