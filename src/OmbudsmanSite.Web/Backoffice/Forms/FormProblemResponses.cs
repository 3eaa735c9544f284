using Microsoft.AspNetCore.Http.HttpResults;
using OmbudsmanSite.Web.Components.Backoffice;

namespace OmbudsmanSite.Web.Backoffice.Forms;

/// <summary>Writes a <see cref="FormProblemPage"/>: a form post refused before its page could act on it, said in the user's language.</summary>
public static class FormProblemResponses
{
    public static async Task WriteAsync(HttpContext context, FormProblem problem, int status, KeptFields? kept = null, TimeSpan? retryAfter = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (BackofficeAddresses.IsApi(context.Request.Path))
        {
            await Results.Problem(problem switch
            {
                FormProblem.Expired => "The antiforgery token is missing or no longer matches this session: open the page again and take its token.",
                FormProblem.Changed => "The form posted is no longer on its page.",
                _ => "Too many attempts from this address: wait, then try again.",
            }, statusCode: status).ExecuteAsync(context);
            return;
        }

        kept ??= KeptFields.None;
        var page = new RazorComponentResult<FormProblemPage>(new Dictionary<string, object?>
        {
            [nameof(FormProblemPage.Problem)] = problem,
            [nameof(FormProblemPage.PageUrl)] = (context.Request.PathBase + context.Request.Path + context.Request.QueryString).ToString(),
            [nameof(FormProblemPage.Fields)] = kept.Fields,
            [nameof(FormProblemPage.HadSecrets)] = kept.HadSecrets,
            [nameof(FormProblemPage.HadFiles)] = kept.HadFiles,
            [nameof(FormProblemPage.RetryAfter)] = retryAfter,
        })
        {
            StatusCode = status,
        };
        context.Response.Headers.CacheControl = "no-store";

        // A page of its own, in a scope of its own: a page that refused the form may have rendered in the request's.
        var services = context.RequestServices;
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        try
        {
            await page.ExecuteAsync(context);
        }
        finally
        {
            context.RequestServices = services;
        }
    }
}
