namespace OmbudsmanSite.Infrastructure.Persistence;

/// <summary>A backup or restore that cannot be done, with a message for the operator.</summary>
public sealed class BackupException : Exception
{
    public BackupException()
    {
    }

    public BackupException(string message)
        : base(message)
    {
    }

    public BackupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
