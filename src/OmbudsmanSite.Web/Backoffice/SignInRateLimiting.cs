using System.Threading.RateLimiting;
using OmbudsmanSite.Web.Hosting;

namespace OmbudsmanSite.Web.Backoffice;

/// <summary>The sign-in forms' share of the global limiter (<see cref="SignInRateLimitOptions"/>).</summary>
public static class SignInRateLimiting
{
    private const string Partition = "sign-in:";

    private static readonly string[] GuardedPaths = [BackofficeAddresses.SignIn, BackofficeAddresses.SignInCode, BackofficeAddresses.SetPassword, BackofficeAddresses.ForgotPassword];

    /// <summary>A post to one of the guarded forms; null for any other request.</summary>
    public static RateLimitPartition<string>? SignInPost(HttpContext context, SignInRateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        return options.Enabled && HttpMethods.IsPost(context.Request.Method) && IsGuarded(context.Request.Path)
            ? RateLimitPartition.GetTokenBucketLimiter(Partition + SiteRateLimiting.Client(context), _ => SiteRateLimiting.Bucket(options.Burst, options.PerPeriod, options.Period))
            : null;
    }

    private static bool IsGuarded(PathString path) =>
        GuardedPaths.Any(guarded => path.Equals(guarded, StringComparison.OrdinalIgnoreCase) || path.Equals(guarded + "/", StringComparison.OrdinalIgnoreCase));
}
