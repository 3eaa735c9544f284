namespace OmbudsmanSite.Infrastructure.Sync;

/// <summary>A uSync file is well-formed YAML but says something the model does not allow.</summary>
public sealed class USyncException : Exception
{
    public USyncException()
    {
    }

    public USyncException(string message)
        : base(message)
    {
    }

    public USyncException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
