using ChainChief.Web.Data;
using ChainChief.Web.Features.Appeals;

namespace ChainChief.Web.Features.Service;

/// <summary>How the contact was made.</summary>
public enum VisitKind
{
    OnSite, Phone, Meeting,
}

/// <summary>扩产计划: what the firm says about growing here.</summary>
public enum ExpansionPlan
{
    None, Considering, Planned,
}

/// <summary>外迁 / 减产 risk as the visitor judges it.</summary>
public enum RiskLevel
{
    None, Low, Medium, High,
}

/// <summary>包联: an official assigned to look after a firm (visits it on its cadence, carries its problems).</summary>
public sealed class LiaisonAssignment : IAudited
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }
    public string UserId { get; set; } = "";
    public string UserName { get; set; } = "";
    /// <summary>The visit cadence counts from here until the first visit.</summary>
    public DateTime AssignedAt { get; set; }

    string IAudited.AuditSubjectType => "Enterprise";
    int IAudited.AuditSubjectId => EnterpriseId;
}

/// <summary>A visit log (走访日志) with its structured survey; each problem found can become an appeal.</summary>
public sealed class Visit : IAudited, IStamped
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }
    public string CountyCode { get; set; } = "";
    public string VisitorId { get; set; } = "";
    public string VisitorName { get; set; } = "";
    public DateOnly VisitedOn { get; set; }
    public VisitKind Kind { get; set; }
    public string Summary { get; set; } = "";
    public ExpansionPlan Expansion { get; set; }
    public string? ExpansionNote { get; set; }
    public RiskLevel LeavingRisk { get; set; }
    public RiskLevel ShrinkingRisk { get; set; }
    public string? RiskNote { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public List<VisitProblem> Problems { get; set; } = [];

    string IAudited.AuditSubjectType => "Enterprise";
    int IAudited.AuditSubjectId => EnterpriseId;
}

/// <summary>A problem found on a visit; <see cref="AppealId"/> once it has been filed as an appeal.</summary>
public sealed class VisitProblem
{
    public int Id { get; set; }
    public int VisitId { get; set; }
    public AppealCategory Category { get; set; }
    public string Description { get; set; } = "";
    public int? AppealId { get; set; }
}
