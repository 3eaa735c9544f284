namespace OmbudsmanSite.Core.Checks;

/// <summary>How a request for an external link failed to get an answer, if it did.</summary>
public enum LinkFailure
{
    None,
    Tls,
    TimedOut,
    Unreachable,
}
