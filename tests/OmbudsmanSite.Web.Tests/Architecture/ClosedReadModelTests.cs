using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Architecture;

/// <summary>
/// The public read side hands out values only: no type the database maps (an entity, shared across
/// requests by the caches) appears anywhere in what <see cref="IPublishedContent"/> returns, however deep.
/// </summary>
[Collection(ReadOnlySiteGroup.Name)]
public sealed class ClosedReadModelTests(SiteFactory factory)
{
    [Fact]
    public async Task What_the_published_content_returns_holds_no_stored_entity()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<SiteDbContext>>().CreateDbContextAsync();
        var entities = db.Model.GetEntityTypes().Select(e => e.ClrType).ToHashSet();
        Assert.Contains(typeof(Core.Media.MediaItem), entities); // the rule knows what it looks for

        var seen = new HashSet<Type>();
        var leaks = typeof(IPublishedContent).GetMethods().SelectMany(m => EntitiesIn(m.ReturnType, entities, seen).Select(t => $"{m.Name}: {t.Name}")).ToList();

        Assert.True(leaks.Count == 0, string.Join(", ", leaks));
    }

    [Fact]
    public async Task Nothing_in_the_API_folder_touches_an_entity_the_DbContext_or_EF_Core()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<SiteDbContext>>().CreateDbContextAsync();
        // Ours (the rest, Identity's and Data Protection's, are outside the loaded assemblies and the API's reach).
        var entities = db.Model.GetEntityTypes().Select(e => e.ClrType).Where(t => t.Namespace!.StartsWith("OmbudsmanSite", StringComparison.Ordinal)).Append(typeof(SiteDbContext)).ToArray();
        var site = new ArchUnitNET.Loader.ArchLoader()
            .LoadAssemblies(typeof(Web.Api.ContentApiEndpoints).Assembly, typeof(SiteDbContext).Assembly, typeof(Core.Content.ContentItem).Assembly)
            .Build();
        var api = ArchUnitNET.Fluent.ArchRuleDefinition.Types().That().ResideInNamespace(typeof(Web.Api.ContentApiEndpoints).Namespace!);
        var stored = ArchUnitNET.Fluent.ArchRuleDefinition.Types().That().Are(entities).Or().ResideInNamespaceMatching(@"^Microsoft\.EntityFrameworkCore(\..*)?$");

        ArchUnitNET.xUnit.ArchRuleExtensions.Check(api.Should().NotDependOnAny(stored).Because("the API reads the closed read model only"), site);

        // The rule is not vacuous: the published content's implementation does depend on them.
        Assert.ThrowsAny<Exception>(() => ArchUnitNET.xUnit.ArchRuleExtensions.Check(
            ArchUnitNET.Fluent.ArchRuleDefinition.Types().That().Are(typeof(PublishedContent)).Should().NotDependOnAny(stored), site));
    }

    /// <summary>The entity types in <paramref name="type"/>: itself, its generic arguments, its public properties' types, recursively.</summary>
    private static IEnumerable<Type> EntitiesIn(Type type, HashSet<Type> entities, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            yield break;
        }

        if (entities.Contains(type))
        {
            yield return type;
        }

        var parts = type.IsGenericType ? type.GetGenericArguments() : [];
        var properties = type.Namespace?.StartsWith("OmbudsmanSite", StringComparison.Ordinal) == true
            ? type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.PropertyType)
            : [];
        foreach (var part in parts.Concat(properties).Concat(type.IsArray ? [type.GetElementType()!] : []))
        {
            foreach (var found in EntitiesIn(part, entities, seen))
            {
                yield return found;
            }
        }
    }
}
