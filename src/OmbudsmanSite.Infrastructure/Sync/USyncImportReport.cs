namespace OmbudsmanSite.Infrastructure.Sync;

public sealed class USyncImportReport
{
    public List<string> Created { get; } = [];

    public List<string> Updated { get; } = [];

    public int Unchanged { get; set; }

    /// <summary>File (relative to the uSync folder) and what is wrong with it.</summary>
    public List<(string File, string Error)> Failed { get; } = [];

    public bool ChangedAnything => Created.Count > 0 || Updated.Count > 0;
}
