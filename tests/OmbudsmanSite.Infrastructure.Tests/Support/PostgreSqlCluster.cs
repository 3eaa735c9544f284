namespace OmbudsmanSite.Infrastructure.Tests.Support;

/// <summary>One <see cref="ThrowawayPostgres"/> cluster shared by the PostgreSQL tests; each test creates its own database.</summary>
public sealed class PostgreSqlCluster : IAsyncLifetime
{
    private readonly ThrowawayPostgres _server = new();

    public int Port => _server.Port;

    public Task InitializeAsync() => _server.StartAsync();

    public Task DisposeAsync() => _server.StopAsync();

    public string ConnectionString(string database) => _server.ConnectionString(database);

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public Task<string> CreateDatabaseAsync() => _server.CreateDatabaseAsync();
}

[CollectionDefinition(Name)]
public sealed class PostgreSqlTestGroup : ICollectionFixture<PostgreSqlCluster>
{
    public const string Name = "PostgreSQL";
}
