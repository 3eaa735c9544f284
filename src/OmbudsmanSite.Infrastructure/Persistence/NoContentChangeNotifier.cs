using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Infrastructure.Persistence;

/// <summary>For hosts with no caches to clear (commands, tests); the web host registers its own.</summary>
public sealed class NoContentChangeNotifier : IContentChangeNotifier
{
    public static NoContentChangeNotifier Instance { get; } = new();

    public Task ContentChangedAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
}
