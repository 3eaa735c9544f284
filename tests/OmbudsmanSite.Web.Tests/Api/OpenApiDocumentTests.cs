using System.Diagnostics;
using System.Net;
using System.Text.Json;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Api;

/// <summary>
/// The API's OpenAPI document: served at /openapi/v1.json, OpenAPI 3.1, listing every /api/v1 endpoint
/// with its descriptions, and valid by the schema (checked with @seriousme/openapi-schema-validator from
/// npm, installed by the build beside the other front-end packages).
/// </summary>
[Collection(ReadOnlySiteGroup.Name)]
public sealed class OpenApiDocumentTests(SiteFactory factory)
{
    private static readonly string[] DescriptionKeys = ["summary", "description"];

    [Fact]
    public async Task The_document_lists_every_endpoint_with_its_description_and_passes_the_schema_validator()
    {
        var response = await factory.CreatePlainClient().GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var document = JsonDocument.Parse(text).RootElement;

        Assert.StartsWith("3.1", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["/api/v1/changes", "/api/v1/content", "/api/v1/content/route", "/api/v1/content/{id}", "/api/v1/media/{id}", "/api/v1/taxonomy/{kind}"], paths.Order(StringComparer.Ordinal));
        var list = document.GetProperty("paths").GetProperty("/api/v1/content").GetProperty("get");
        var described = string.Join(" ", DescriptionKeys.Select(key => list.TryGetProperty(key, out var value) ? value.GetString() : null));
        Assert.Contains("filtered like the site's lists", described, StringComparison.Ordinal); // the handler's XML comment

        // Preview is documented where it is honoured: its header and the optional key.
        var item = document.GetProperty("paths").GetProperty("/api/v1/content/{id}").GetProperty("get");
        Assert.Contains(item.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "Preview" && p.GetProperty("in").GetString() == "header");
        Assert.Contains(item.GetProperty("security").EnumerateArray(), r => r.TryGetProperty("previewKey", out _));
        Assert.Equal("Api-Key", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("previewKey").GetProperty("name").GetString());
        Assert.False(list.TryGetProperty("security", out _));

        var file = Path.Combine(Path.GetTempPath(), $"openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, text);
        try
        {
            var validator = Path.Combine(TestEnvironment.RepositoryRoot(), "src", "OmbudsmanSite.Web", "Scripts", "node_modules", "@seriousme", "openapi-schema-validator", "bin", "validate-api-cli.js");
            using var node = Process.Start(new ProcessStartInfo("node", [validator, file]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = await node.StandardOutput.ReadToEndAsync() + await node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync();
            Assert.True(node.ExitCode == 0 && output.Contains("\"valid\": true", StringComparison.Ordinal), output);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
