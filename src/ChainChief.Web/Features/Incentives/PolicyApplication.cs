using ChainChief.Web.Data;

namespace ChainChief.Web.Features.Incentives;

public enum ApplicationStatus
{
    Submitted,
    Approved,
    Rejected,
    /// <summary>The firm took it back before a decision.</summary>
    Withdrawn,
}

/// <summary>
/// 快申快享: a firm's application for a policy it was found eligible for, decided by officials within the policy's working
/// days (<see cref="DueOn"/>). Approval makes the <see cref="Award"/>.
/// </summary>
public sealed class PolicyApplication : IAudited, IVersioned, IStamped
{
    public int Id { get; set; }
    public int PolicyId { get; set; }
    public int RevisionId { get; set; }
    public int EnterpriseId { get; set; }
    public int Year { get; set; }
    public string CountyCode { get; set; } = "";
    /// <summary>The amount the match computed when the firm applied (万元).</summary>
    public decimal Amount { get; set; }
    public string? FirmNote { get; set; }
    public DateTime SubmittedAt { get; set; }
    /// <summary>The last working day for a decision.</summary>
    public DateOnly DueOn { get; set; }
    public ApplicationStatus Status { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    public string? Decision { get; set; }
    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    string IAudited.AuditSubjectType => nameof(PolicyApplication);
    int IAudited.AuditSubjectId => Id;
}
