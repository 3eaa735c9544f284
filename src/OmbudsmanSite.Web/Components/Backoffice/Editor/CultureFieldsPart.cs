namespace OmbudsmanSite.Web.Components.Backoffice.Editor;

/// <summary>Which of a language's fields a <c>CultureFields</c> shows: the text in the editor's main column, or the address and search description in its side panel.</summary>
public enum CultureFieldsPart
{
    Text,
    Address,
}
