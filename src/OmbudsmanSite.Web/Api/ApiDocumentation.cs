using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OmbudsmanSite.Web.Caching;
using Scalar.AspNetCore;

namespace OmbudsmanSite.Web.Api;

/// <summary>
/// The delivery API's OpenAPI 3.1 document at <c>/openapi/v1.json</c> (Microsoft.AspNetCore.OpenApi,
/// descriptions from the handlers' XML comments), covering the <c>/api/v1</c> endpoints only, and its
/// reference at <c>/api/docs</c> (Scalar.AspNetCore, served from the site: no third-party requests).
/// </summary>
public static class ApiDocumentation
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/{documentName}.json";
    public const string PreviewKeyScheme = "previewKey";

    /// <summary>Where the reference (Scalar) reads the document: <c>/api/docs/v1</c>.</summary>
    public const string ReferencePath = "/api/docs";

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith(ContentApiEndpoints.Prefix.TrimStart('/'), StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Ombudsman of Azerbaijan — content delivery API",
                    Version = "v1",
                    Description = "What the site publishes, in Azerbaijani, English and Russian, as JSON: items by id or public path, " +
                        "filtered and searched lists, taxonomy and media. Read-only; errors are RFC 9457 problem details.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[PreviewKeyScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Header,
                    Name = PrivateRequest.ApiKeyHeader,
                    Description = "A preview key, made by an administrator in the backoffice. Needed only with 'Preview: true'.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<PreviewableMetadata>().Any())
                {
                    operation.Parameters ??= [];
                    operation.Parameters.Add(new OpenApiParameter
                    {
                        Name = PrivateRequest.PreviewHeader,
                        In = ParameterLocation.Header,
                        Description = "'true' for the working copy (with a preview key in Api-Key; never cached); absent or 'false' for the published item.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("true"), JsonValue.Create("false")] },
                    });
                    operation.Security = [new OpenApiSecurityRequirement(), new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(PreviewKeyScheme, context.Document)] = [] }];
                }

                return Task.CompletedTask;
            });
        });

    public static IEndpointRouteBuilder MapApiDocumentation(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(DocumentPath);
        endpoints.MapScalarApiReference(ReferencePath, options => options
            .WithTitle("Ombudsman of Azerbaijan — content delivery API")
            .WithOpenApiRoutePattern(DocumentPath)
            .DisableDefaultFonts()
            .DisableTelemetry());
        return endpoints;
    }
}
