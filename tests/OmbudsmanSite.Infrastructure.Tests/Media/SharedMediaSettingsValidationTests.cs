using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Tests.Media;

public sealed class SharedMediaSettingsValidationTests
{
    private static readonly string Key = Convert.ToBase64String(new byte[32]);
    private static readonly string Data = Path.Combine(Path.GetTempPath(), "node-a", "data");

    private static ValidateOptionsResult Validate(DatabaseProvider provider, string signingKey, string storagePath) =>
        new SharedMediaSettingsValidation(
                Options.Create(new DatabaseOptions { Provider = provider }),
                Options.Create(new SiteOptions { DataPath = Data }))
            .Validate(null, new MediaOptions { SigningKey = signingKey, StoragePath = storagePath });

    [Fact]
    public void One_node_on_SQLite_may_keep_a_random_key_and_media_in_its_data_folder() =>
        Assert.True(Validate(DatabaseProvider.Sqlite, "", "media").Succeeded);

    [Fact]
    public void PostgreSQL_with_a_key_and_a_shared_media_folder_starts() =>
        Assert.True(Validate(DatabaseProvider.PostgreSql, Key, Path.Combine(Path.GetTempPath(), "shared", "media")).Succeeded);

    [Fact]
    public void PostgreSQL_without_a_signing_key_is_refused_naming_the_setting()
    {
        var result = Validate(DatabaseProvider.PostgreSql, " ", Path.Combine(Path.GetTempPath(), "shared", "media"));
        Assert.True(result.Failed);
        Assert.Contains("Site:Media:SigningKey", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("media")]
    [InlineData("")]
    [InlineData("../data/media")]
    public void PostgreSQL_with_media_inside_the_nodes_data_folder_is_refused(string storagePath)
    {
        var result = Validate(DatabaseProvider.PostgreSql, Key, storagePath);
        Assert.True(result.Failed);
        Assert.Contains("Site:Media:StoragePath", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sibling_folder_that_only_shares_the_name_prefix_is_not_inside() =>
        Assert.True(Validate(DatabaseProvider.PostgreSql, Key, Data + "-media").Succeeded);

    [Fact]
    public void Both_problems_are_named_at_once() =>
        Assert.Equal(2, Validate(DatabaseProvider.PostgreSql, "", "media").Failures!.Count());
}
