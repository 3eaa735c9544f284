namespace OmbudsmanSite.Core.Editorial;

public enum OperationStatus
{
    Success,

    /// <summary>The operation changed nothing (a save with the stored values, a publish of what is live).</summary>
    Unchanged,

    NotFound,

    /// <summary>The input broke a rule; <see cref="EditorialResult.Errors"/> names the fields.</summary>
    Invalid,

    /// <summary>The save was based on a version that is no longer the working copy.</summary>
    Conflict,

    /// <summary>The item is not in a state that allows this (deleted, not in the recycle bin...).</summary>
    NotAllowed,

    /// <summary>The acting user lacks the right for this action (or this culture). The refusal is audited.</summary>
    Forbidden,
}
