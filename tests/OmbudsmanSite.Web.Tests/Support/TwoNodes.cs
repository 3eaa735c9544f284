using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;

namespace OmbudsmanSite.Web.Tests.Support;

/// <summary>
/// Two nodes of the site in this process on one throw-away PostgreSQL cluster, started at the same
/// moment (they take turns to migrate and import). <see cref="B"/> can be stopped and started again
/// over its own data folder, as a node that was down.
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    private readonly ThrowawayPostgres _server = new();
    private readonly string _root = Directory.CreateTempSubdirectory("ombudsman-nodes-").FullName;
    private readonly string _signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private string _connectionString = "";

    public NodeFactory A { get; private set; } = null!;

    public NodeFactory B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _server.StartAsync();
        _connectionString = await _server.CreateDatabaseAsync();
        A = Node("node-a");
        B = Node("node-b");
        await Task.WhenAll(Task.Run(() => A.Services), Task.Run(() => B.Services));
        await Task.WhenAll(A.SearchReadyAsync(), B.SearchReadyAsync());
    }

    public void StopB() => B.Dispose();

    public async Task StartBAsync()
    {
        B = Node("node-b");
        await B.SearchReadyAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await _server.StopAsync();
        Directory.Delete(_root, recursive: true);
    }

    private NodeFactory Node(string name) =>
        new(_connectionString, Path.Combine(_root, name), Path.Combine(_root, "media"), _signingKey, name);
}
