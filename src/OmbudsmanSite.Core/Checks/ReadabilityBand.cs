namespace OmbudsmanSite.Core.Checks;

/// <summary>Where a text's score falls against its document type's targets: guidance, never a verdict.</summary>
public enum ReadabilityBand
{
    Easy,
    Standard,
    Hard,
}
