using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Web.Backoffice;

/// <summary>One mapping from an editorial result to an HTTP answer, for every backoffice endpoint.</summary>
public static class EditorialHttpResults
{
    public static IResult From(EditorialResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var detail = string.Join(" ", result.Errors.Select(e => e.Message));
        return result.Status switch
        {
            OperationStatus.Success or OperationStatus.Unchanged => Results.Ok(new { status = result.Status.ToString(), id = result.DocumentId, version = result.VersionNumber }),
            OperationStatus.Invalid => Results.ValidationProblem(
                result.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                statusCode: StatusCodeOf(result.Status)),
            _ => Results.Problem(detail, statusCode: StatusCodeOf(result.Status)),
        };
    }

    /// <summary>The status an answer to the result carries, for the endpoints and the pages' form posts alike.</summary>
    public static int StatusCodeOf(OperationStatus status) => status switch
    {
        OperationStatus.Success or OperationStatus.Unchanged => StatusCodes.Status200OK,
        OperationStatus.NotFound => StatusCodes.Status404NotFound,
        OperationStatus.Forbidden => StatusCodes.Status403Forbidden,
        OperationStatus.Invalid => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status409Conflict,
    };
}
