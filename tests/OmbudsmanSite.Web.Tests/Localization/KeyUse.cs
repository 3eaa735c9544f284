namespace OmbudsmanSite.Web.Tests.Localization;

/// <summary>A string key the code asks for: a literal one ("BakuTime"), or one built from a name, with "{}" where the name goes ("Language_{}").</summary>
internal sealed record KeyUse(StringFamily Family, string File, string Key, bool IsBuilt);
