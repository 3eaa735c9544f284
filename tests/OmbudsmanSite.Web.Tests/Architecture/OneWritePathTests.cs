using ArchUnitNET.Domain;
using ArchUnitNET.Domain.Extensions;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace OmbudsmanSite.Web.Tests.Architecture;

/// <summary>
/// Nothing but the editorial services writes content, variant, version, schedule, redirect, audit or
/// journal rows: only their namespace reaches those tables' DbSets. Everyone else reads through the
/// untracked <see cref="SiteDbContext.PublishedItems"/> and <see cref="SiteDbContext.PublishedVariants"/>.
/// </summary>
public sealed class OneWritePathTests
{
    private static readonly string[] EditorialTables =
    [
        nameof(SiteDbContext.ContentItems), nameof(SiteDbContext.ContentVariants), nameof(SiteDbContext.Documents),
        nameof(SiteDbContext.DocumentCultures), nameof(SiteDbContext.DocumentTitleWords), nameof(SiteDbContext.DocumentVersions), nameof(SiteDbContext.ContentSchedules),
        nameof(SiteDbContext.Redirects), nameof(SiteDbContext.RetiredAddresses), nameof(SiteDbContext.AuditEntries), nameof(SiteDbContext.ContentChanges),
        nameof(SiteDbContext.ApiKeys), nameof(SiteDbContext.TaxonomyItems), nameof(SiteDbContext.DocumentTypes), nameof(SiteDbContext.ChangeNotes),
    ];

    private static readonly ArchUnitNET.Domain.Architecture Site = new ArchLoader()
        .LoadAssemblies(typeof(SiteDbContext).Assembly, typeof(Core.Editorial.Document).Assembly, typeof(Web.Hosting.SiteCommands).Assembly)
        .Build();

    private static readonly string EditorialNamespace = typeof(ContentEditingService).Namespace!;

    [Fact]
    public void Only_the_editorial_services_reach_the_editorial_tables()
    {
        var getters = MethodMembers().That().AreDeclaredIn(typeof(SiteDbContext))
            .And().HaveNameMatching($@"^get_({string.Join('|', EditorialTables)})\(\)$")
            .As("the editorial tables' DbSets");

        Types().That().DoNotResideInNamespace(EditorialNamespace)
            .And().AreNot(typeof(SiteDbContext))
            .Should().NotCallAny(getters)
            .Because("every change to content goes through the editorial services")
            .Check(Site);
    }

    [Fact]
    public void The_rule_sees_a_write_outside_the_services()
    {
        // The rule is not vacuous: the services themselves do reach the tables.
        var callers = Site.Types
            .Where(t => t.FullName.StartsWith(EditorialNamespace, StringComparison.Ordinal))
            .SelectMany(t => t.GetCalledMethods())
            .Where(m => m.DeclaringType.FullName == typeof(SiteDbContext).FullName)
            .Select(m => m.Name)
            .ToHashSet();

        Assert.Contains("get_Documents()", callers);
        Assert.Contains("get_AuditEntries()", callers);
        Assert.Contains("get_ContentItems()", callers);

        // The same rule over the read-only queries fails: the public readers use them, outside the services.
        var readers = MethodMembers().That().AreDeclaredIn(typeof(SiteDbContext)).And().HaveNameMatching(@"^get_PublishedItems\(\)$");
        Assert.ThrowsAny<Exception>(() => Types().That().DoNotResideInNamespace(EditorialNamespace).Should().NotCallAny(readers).Check(Site));
    }
}
