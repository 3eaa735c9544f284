namespace OmbudsmanSite.Core.Import;

/// <summary>A scraped article could not be read; names the file and the 1-based line.</summary>
public sealed class LegacyImportException : Exception
{
    public LegacyImportException()
    {
    }

    public LegacyImportException(string message)
        : base(message)
    {
    }

    public LegacyImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LegacyImportException(string sourceName, int line, string reason)
        : base($"{sourceName}:{line}: {reason}")
    {
        SourceName = sourceName;
        Line = line;
        Reason = reason;
    }

    public string SourceName { get; } = "";

    public int Line { get; }

    public string Reason { get; } = "";
}
