namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// What an editorial operation did: a status, the fields at fault, and notices that are not errors
/// (what the sanitiser removed). Rule violations come back here, never as exceptions.
/// </summary>
public sealed record EditorialResult
{
    public required OperationStatus Status { get; init; }

    public Guid? DocumentId { get; init; }

    /// <summary>The version written or acted on (the new working copy after a save or rollback).</summary>
    public int? VersionNumber { get; init; }

    /// <summary>The schedule or redirect row an operation created or acted on.</summary>
    public long? RowId { get; init; }

    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    public IReadOnlyList<FieldError> Notices { get; init; } = [];

    /// <summary>Set when <see cref="Status"/> is <see cref="OperationStatus.Conflict"/>.</summary>
    public ConflictDetails? Conflict { get; init; }

    public bool Succeeded => Status is OperationStatus.Success or OperationStatus.Unchanged;

    public static EditorialResult NotFound(Guid id) =>
        new() { Status = OperationStatus.NotFound, DocumentId = id, Errors = [new FieldError("", $"There is no item {id}.")] };

    public static EditorialResult Invalid(Guid? id, IReadOnlyList<FieldError> errors) =>
        new() { Status = OperationStatus.Invalid, DocumentId = id, Errors = errors };

    public static EditorialResult Invalid(Guid? id, string field, string message) => Invalid(id, [new FieldError(field, message)]);

    public static EditorialResult Success(Guid? id, int? version = null, IReadOnlyList<FieldError>? notices = null) =>
        new() { Status = OperationStatus.Success, DocumentId = id, VersionNumber = version, Notices = notices ?? [] };

    public static EditorialResult Unchanged(Guid? id, int? version = null) =>
        new() { Status = OperationStatus.Unchanged, DocumentId = id, VersionNumber = version };

    public static EditorialResult Forbidden(Guid? id, string message, string field = "") =>
        new() { Status = OperationStatus.Forbidden, DocumentId = id, Errors = [new FieldError(field, message)] };

    public static EditorialResult NotAllowed(Guid id, string message) =>
        new() { Status = OperationStatus.NotAllowed, DocumentId = id, Errors = [new FieldError("", message)] };
}
