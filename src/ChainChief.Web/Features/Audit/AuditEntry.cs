namespace ChainChief.Web.Features.Audit;

/// <summary>One create/update/delete: who, when, and each changed field's old and new value.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string UserId { get; set; } = "";
    public string UserName { get; set; } = "";
    public AuditAction Action { get; set; }
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public string SubjectType { get; set; } = "";
    public int SubjectId { get; set; }
    /// <summary>JSON object: field → [old, new].</summary>
    public string Changes { get; set; } = "{}";
}

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
}
