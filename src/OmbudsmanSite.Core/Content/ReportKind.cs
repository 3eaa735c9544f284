namespace OmbudsmanSite.Core.Content;

public enum ReportKind
{
    Annual,
    Special,
    NationalPreventiveMechanism,
    UnTreatyBodyParallel,
}
