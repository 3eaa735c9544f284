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
public sealed class ClosedReadModelTests(SiteFactory factory) : IClassFixture<SiteFactory>
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
