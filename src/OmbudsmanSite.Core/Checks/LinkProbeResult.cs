namespace OmbudsmanSite.Core.Checks;

/// <summary>
/// What one request for an external link saw, before any rule judged it: the last status (null when
/// nothing answered), the redirects followed, whether one led back, how long the whole chain took,
/// and how it failed when it did.
/// </summary>
public sealed record LinkProbeResult(int? StatusCode, int Redirects, bool Loop, TimeSpan Elapsed, LinkFailure Failure = LinkFailure.None);
