namespace OmbudsmanSite.Web.Backoffice.Forms;

/// <summary>What a refused post carried that its problem page offers to send again: never passwords, codes or files.</summary>
public sealed record KeptFields(IReadOnlyList<PostedField> Fields, bool HadSecrets, bool HadFiles)
{
    public static KeptFields None { get; } = new([], false, false);
}
