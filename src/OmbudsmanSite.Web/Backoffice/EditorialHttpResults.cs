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
            OperationStatus.NotFound => Results.Problem(detail, statusCode: StatusCodes.Status404NotFound),
            OperationStatus.Forbidden => Results.Problem(detail, statusCode: StatusCodes.Status403Forbidden),
            OperationStatus.Invalid => Results.ValidationProblem(
                result.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                statusCode: StatusCodes.Status422UnprocessableEntity),
            _ => Results.Problem(detail, statusCode: StatusCodes.Status409Conflict),
        };
    }
}
