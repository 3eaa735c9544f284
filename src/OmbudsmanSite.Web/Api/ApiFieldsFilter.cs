using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace OmbudsmanSite.Web.Api;

/// <summary>
/// Applies <c>fields=</c> to what an endpoint answers: each item in it (the item itself, a list's
/// items, a route's item, the sync feed's items) keeps only the asked members. The handlers stay typed
/// (and documented); the trimming happens on the way out, once, for every endpoint alike.
/// </summary>
public static class ApiFieldsFilter
{
    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var result = await next(context);
        var asked = context.HttpContext.Request.Query[ApiShape.FieldsParameter];
        if (StringValues.IsNullOrEmpty(asked))
        {
            return result;
        }

        var answer = result is INestedHttpResult nested ? nested.Result : result;
        if (answer is not IValueHttpResult { Value: { } value } || value is not (ApiItem or ApiList or ApiRoute or ApiChanges))
        {
            return result;
        }

        var fields = ApiFields.Parse(asked.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), out _);
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var json = JsonSerializer.SerializeToNode(value, value.GetType(), options)!.AsObject();
        foreach (var item in ItemsIn(value, json))
        {
            fields.ApplyToItem(item);
        }

        return TypedResults.Json(json, options, statusCode: (answer as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK);
    }

    private static IEnumerable<JsonObject> ItemsIn(object value, JsonObject json) => value switch
    {
        ApiItem => [json],
        ApiList => json["items"]!.AsArray().OfType<JsonObject>(),
        ApiRoute => json["item"] is JsonObject item ? [item] : [],
        ApiChanges => json["changes"]!.AsArray().OfType<JsonObject>().Select(c => c["item"]).OfType<JsonObject>(),
        _ => [],
    };
}
