namespace OmbudsmanSite.Core.Checks;

/// <summary>
/// The two scores that bound the bands, on the formula's own scale. For Flesch (higher is easier) a
/// text is easy at <see cref="Easy"/> or above and hard below <see cref="Hard"/>; for LIX (lower is
/// easier) easy at <see cref="Easy"/> or below and hard above <see cref="Hard"/>.
/// </summary>
public sealed class ReadabilityTarget
{
    public double Easy { get; set; }

    public double Hard { get; set; }
}
