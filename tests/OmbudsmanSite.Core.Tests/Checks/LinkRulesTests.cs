using OmbudsmanSite.Core.Checks;

namespace OmbudsmanSite.Core.Tests.Checks;

/// <summary>GOV.UK's link checker's rules, at their edges, and the finding each outcome makes.</summary>
public sealed class LinkRulesTests
{
    private static readonly LinkCheckOptions Defaults = new();

    [Theory]
    [InlineData(200, 0, false, 100, LinkFailure.None, LinkOutcome.Ok)]
    [InlineData(200, 1, false, 100, LinkFailure.None, LinkOutcome.Ok)]
    [InlineData(200, 2, false, 100, LinkFailure.None, LinkOutcome.Redirected)]
    [InlineData(200, 7, false, 100, LinkFailure.None, LinkOutcome.Redirected)]
    [InlineData(301, 8, false, 100, LinkFailure.None, LinkOutcome.TooManyRedirects)]
    [InlineData(302, 3, true, 100, LinkFailure.None, LinkOutcome.RedirectLoop)]
    [InlineData(404, 0, false, 100, LinkFailure.None, LinkOutcome.NotFound)]
    [InlineData(410, 1, false, 100, LinkFailure.None, LinkOutcome.NotFound)]
    [InlineData(403, 0, false, 100, LinkFailure.None, LinkOutcome.Fails)]
    [InlineData(503, 0, false, 100, LinkFailure.None, LinkOutcome.Fails)]
    [InlineData(200, 0, false, 5000, LinkFailure.None, LinkOutcome.Ok)]
    [InlineData(200, 0, false, 5001, LinkFailure.None, LinkOutcome.Slow)]
    [InlineData(null, 0, false, 15000, LinkFailure.TimedOut, LinkOutcome.Unreachable)]
    [InlineData(null, 0, false, 3, LinkFailure.Unreachable, LinkOutcome.Unreachable)]
    [InlineData(null, 0, false, 40, LinkFailure.Tls, LinkOutcome.TlsError)]
    public void An_answer_is_judged_by_GOV_UKs_rules(int? status, int redirects, bool loop, int milliseconds, LinkFailure failure, LinkOutcome expected) =>
        Assert.Equal(expected, LinkRules.Judge(new LinkProbeResult(status, redirects, loop, TimeSpan.FromMilliseconds(milliseconds), failure), Defaults));

    [Fact]
    public void Errors_and_warnings_name_the_link_text_and_the_figure_and_a_good_link_makes_none()
    {
        var at = new DateTime(2026, 12, 5, 3, 0, 0, DateTimeKind.Utc);
        Assert.Null(LinkRules.Finding(new ExternalLinkStatus(LinkOutcome.Ok, 200, 0, TimeSpan.FromMilliseconds(80), at), "the law"));
        static string Of((ContentCheck Check, CheckSeverity Severity, string[] Values)? finding) =>
            finding is { } f ? $"{f.Check} {f.Severity} {string.Join('|', f.Values)}" : "none";
        Assert.Equal("ExternalLinkNotFound Error the law|410", Of(LinkRules.Finding(new ExternalLinkStatus(LinkOutcome.NotFound, 410, 0, TimeSpan.Zero, at), " the law ")));
        Assert.Equal("ExternalLinkRedirected Warning the law|3", Of(LinkRules.Finding(new ExternalLinkStatus(LinkOutcome.Redirected, 200, 3, TimeSpan.Zero, at), "the law")));
        Assert.Equal("ExternalLinkSlow Warning the law|6.3", Of(LinkRules.Finding(new ExternalLinkStatus(LinkOutcome.Slow, 200, 0, TimeSpan.FromMilliseconds(6290), at), "the law")));
        Assert.Equal(CheckSeverity.Error, LinkRules.Finding(new ExternalLinkStatus(LinkOutcome.Unreachable, null, 0, TimeSpan.Zero, at), "x")!.Value.Severity);
        Assert.Equal(CheckSeverity.Warning, LinkRules.Finding(new ExternalLinkStatus(LinkOutcome.TlsError, null, 0, TimeSpan.Zero, at), "x")!.Value.Severity);
    }
}
