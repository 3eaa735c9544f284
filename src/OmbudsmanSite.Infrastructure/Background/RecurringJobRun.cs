namespace OmbudsmanSite.Infrastructure.Background;

/// <summary>When a recurring job (a cleanup) last ran, and on which node: the claim that makes it run once across nodes.</summary>
public sealed class RecurringJobRun
{
    public required string Name { get; init; }

    public DateTime? LastRunUtc { get; set; }

    public string? LastRunBy { get; set; }
}
