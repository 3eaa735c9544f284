namespace OmbudsmanSite.Web.Backoffice;

/// <summary>Every backoffice address, in one place.</summary>
public static class BackofficeAddresses
{
    public const string Root = "/backoffice";
    public const string SignIn = Root + "/sign-in";
    public const string SignInCode = Root + "/sign-in/code";
    public const string SignOut = Root + "/sign-out";
    public const string SignOutEverywhere = Root + "/sign-out-everywhere";
    public const string Account = Root + "/account";
    public const string TwoFactor = Root + "/account/two-factor";
    public const string SetPassword = Root + "/set-password";
    public const string ForgotPassword = Root + "/forgot-password";
    public const string AccessDenied = Root + "/access-denied";
    public const string Api = Root + "/api";
    public const string Content = Root + "/content";
    public const string Users = Root + "/users";
    public const string Media = Root + "/media";
    public const string RecycleBin = Root + "/recycle-bin";
    public const string Audit = Root + "/audit";
    public const string Redirects = Root + "/redirects";
    public const string ApiKeys = Root + "/api-keys";
    public const string Schedules = Root + "/schedules";
    public const string AuditExport = Root + "/audit.csv";
    public const string Review = Root + "/review";
    public const string Search = Root + "/search";
    public const string Checks = Root + "/checks";

    /// <summary>One request in the review queue: <c>/backoffice/review/{id}</c>.</summary>
    public static string ReviewRequest(long id) => $"{Review}/{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>An item's editor: <c>/backoffice/content/{id}</c>.</summary>
    public static string Item(Guid id) => $"{Content}/{id:D}";

    /// <summary>An item's versions: <c>/backoffice/content/{id}/history</c>.</summary>
    public static string History(Guid id) => $"{Content}/{id:D}/history";

    /// <summary>A draft rendered by the public templates: <c>/backoffice/preview/{culture}/{signed token}</c>.</summary>
    public const string Preview = Root + "/preview";

    /// <summary>Blazor's circuit hub (its default address): the editor's live connection, a backoffice answer too.</summary>
    public const string Circuit = "/_blazor";

    public static bool IsBackoffice(PathString path) => path.StartsWithSegments(Root, StringComparison.OrdinalIgnoreCase);

    public static bool IsPreview(PathString path) => path.StartsWithSegments(Preview, StringComparison.OrdinalIgnoreCase);

    /// <summary>The culture segment of a preview address, or null.</summary>
    public static string? PreviewCultureOf(string path) =>
        path.Length > Preview.Length + 1 && IsPreview(new PathString(path)) && path[(Preview.Length + 1)..].Split('/', 2) is [var culture, _] ? culture : null;

    /// <summary>The backoffice's HTTP operations for scripts: they answer problem details, never pages.</summary>
    public static bool IsSearch(PathString path) => path.StartsWithSegments(Search, StringComparison.OrdinalIgnoreCase);

    public static bool IsApi(PathString path) => path.StartsWithSegments(Api, StringComparison.OrdinalIgnoreCase);

    public static bool IsCircuit(PathString path) => path.StartsWithSegments(Circuit, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a route template of a backoffice page ("/backoffice", "/backoffice/{*Path}") or of the circuit hub.</summary>
    public static bool IsBackofficeRoute(string route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var path = new PathString("/" + route.TrimStart('/').Split('{', 2)[0].TrimEnd('/'));
        return IsBackoffice(path) || IsCircuit(path);
    }

    /// <summary>The return address when it is a backoffice page of this site, the dashboard otherwise (no open redirect).</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 1 } url && url.StartsWith(Root, StringComparison.Ordinal) && !url.Contains("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            && (url.Length == Root.Length || url[Root.Length] is '/' or '?')
            ? url
            : Root;

    public static string SetPasswordLink(string baseUrl, string userId, string token) =>
        $"{baseUrl.TrimEnd('/')}{SetPassword}?user={Uri.EscapeDataString(userId)}&token={Uri.EscapeDataString(token)}";
}
