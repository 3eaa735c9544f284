using Microsoft.AspNetCore.Antiforgery;

namespace OmbudsmanSite.Web.Backoffice.Forms;

/// <summary>
/// Every static form post in the backoffice that cannot be carried out gets a real page in the user's
/// language instead of a bare 400: a token that no longer matches (the page was open too long, the user
/// signed in or out in another tab) shows what was typed with a fresh token to send it again; a form that
/// is no longer on its page (someone acted meanwhile, a request was replaced) says so and links back.
/// Runs after the antiforgery middleware, which has validated the token by then.
/// </summary>
public sealed class FormProblemMiddleware(RequestDelegate next)
{
    private const string AntiforgeryFieldName = "__RequestVerificationToken";


    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsPost(context.Request.Method) || !BackofficeAddresses.IsBackoffice(context.Request.Path))
        {
            await next(context);
            return;
        }

        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } invalid)
        {
            // The form is read only to be shown back to its sender, never acted on: the framework's guard
            // against reading an unvalidated form is lifted for that read alone.
            var kept = IsSameOrigin(context.Request) ? await KeptFieldsAsync(context, invalid) : KeptFields.None;
            await FormProblemResponses.WriteAsync(context, FormProblem.Expired, StatusCodes.Status400BadRequest, kept);
            return;
        }

        // The page's answer is held back (backoffice pages are small and never streamed), so a bare 400
        // from the framework can still become a page.
        var original = context.Response.Body;
        await using var held = new MemoryStream();
        context.Response.Body = held;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode == StatusCodes.Status400BadRequest && !IsPage(context.Response))
        {
            context.Response.Clear(); // the page's own answer is replaced whole, headers included
            await FormProblemResponses.WriteAsync(context, FormProblem.Changed, StatusCodes.Status409Conflict);
            return;
        }

        held.Position = 0;
        await held.CopyToAsync(original, context.RequestAborted);
    }

    // The pages' own 400s (a field error) are pages; Blazor's answer to a form name no longer on the page is
    // plain text (its message only in Development).
    private static bool IsPage(HttpResponse response) =>
        response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>
    /// What the user typed, to send again: never passwords, codes or the stale token. Only for a post
    /// from this site's own pages: a form another site made a browser send is not offered for resending.
    /// </summary>
    private static async Task<KeptFields> KeptFieldsAsync(HttpContext context, IAntiforgeryValidationFeature validation)
    {
        context.Features.Set<IAntiforgeryValidationFeature>(null);
        try
        {
            if (!context.Request.HasFormContentType)
            {
                return KeptFields.None;
            }

            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var fields = new List<PostedField>();
            var hadSecrets = false;
            foreach (var (name, values) in form)
            {
                if (name == AntiforgeryFieldName)
                {
                    continue;
                }

                if (IsSecret(name))
                {
                    hadSecrets |= values.Any(v => !string.IsNullOrEmpty(v));
                    continue;
                }

                fields.AddRange(values.Select(v => new PostedField(name, v ?? "")));
            }

            return new KeptFields(fields, hadSecrets, form.Files.Count > 0);
        }
        finally
        {
            context.Features.Set(validation);
        }
    }

    /// <summary>A browser says where a post came from; a client that says nothing is not a browser another site drives.</summary>
    private static bool IsSameOrigin(HttpRequest request)
    {
        if (request.Headers["Sec-Fetch-Site"] is [{ } site])
        {
            return site is "same-origin" or "none";
        }

        return request.Headers.Origin is not [{ } origin]
            || string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsSecret(string name) =>
        name.Contains("password", StringComparison.OrdinalIgnoreCase) || name.Contains("confirm", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("code", StringComparison.OrdinalIgnoreCase);
}
