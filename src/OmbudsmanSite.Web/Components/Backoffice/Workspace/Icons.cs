namespace OmbudsmanSite.Web.Components.Backoffice.Workspace;

/// <summary>
/// The icons of the backoffice's sprite (lucide-static names, listed for the build in
/// Scripts/icons.mjs). Icons only help the eye: each stands beside a word and is hidden from
/// assistive technology.
/// </summary>
public static class Icons
{
    public const string Dashboard = "layout-dashboard";
    public const string Home = "house";
    public const string Page = "file-text";
    public const string News = "newspaper";
    public const string Meeting = "calendar-days";
    public const string Report = "book-open";
    public const string Media = "image";
    public const string Review = "clipboard-check";
    public const string Schedules = "calendar-clock";
    public const string Redirects = "arrow-right-left";
    public const string RecycleBin = "trash-2";
    public const string Users = "users";
    public const string Audit = "scroll-text";
    public const string ApiKeys = "key-round";
    public const string Search = "search";
    public const string Account = "user-round";
    public const string SignOut = "log-out";
    public const string Menu = "menu";
    public const string Expand = "chevron-down";
    public const string PublicSite = "globe";
    public const string TwoFactor = "shield-check";
    public const string Add = "plus";
    public const string Copy = "copy";
    public const string More = "ellipsis";
    public const string Preview = "eye";
    public const string Save = "save";
    public const string Submit = "send";
    public const string Upload = "upload";
    public const string Warning = "triangle-alert";
    public const string Problem = "circle-alert";
    public const string OpenOutside = "external-link";
    public const string Grid = "layout-grid";
    public const string List = "list";
    public const string Close = "x";
    public const string Done = "check";
    public const string FocalPoint = "crosshair";
    public const string History = "history";
    public const string Link = "link";
    public const string Edit = "pencil";
    public const string Duplicate = "files";

    /// <summary>The sprite's address under the web root (fingerprinted through the static assets at render).</summary>
    public const string Sprite = "icons/backoffice.svg";
}
