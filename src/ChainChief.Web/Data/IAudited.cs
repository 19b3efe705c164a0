namespace ChainChief.Web.Data;

/// <summary>
/// Entities whose every create/update/delete is written to the audit log. The subject is the record users look
/// at (a tag's subject is its enterprise), so a record's page can show its whole history.
/// </summary>
public interface IAudited
{
    string AuditSubjectType { get; }
    int AuditSubjectId { get; }
}

/// <summary>Entities edited by several people: a stale <see cref="Version"/> on save is a 409, never a silent overwrite.</summary>
public interface IVersioned
{
    int Version { get; }
}

/// <summary>Created/updated stamps, set by the context from the acting user and the clock.</summary>
public interface IStamped
{
    DateTime CreatedAt { get; set; }
    string CreatedBy { get; set; }
    DateTime UpdatedAt { get; set; }
    string UpdatedBy { get; set; }
}
