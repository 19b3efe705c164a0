using ChainChief.Web.Data;

namespace ChainChief.Web.Features.Investment;

/// <summary>招商线索 stages (DOMAIN §6): 搜集 → 筛选 → 研判 → 推送 → 跟进, then converted to a project or dropped.</summary>
public enum LeadStage
{
    Collected,
    Screened,
    Assessed,
    Pushed,
    FollowingUp,
    Converted,
    Dropped,
}

/// <summary>How far a stalled lead has been escalated: to the chain's task force, then to its chief.</summary>
public enum LeadEscalation
{
    None,
    TaskForce,
    Chief,
}

public enum LeadEventKind
{
    Created,
    Advanced,
    Note,
    Escalated,
    Converted,
    Dropped,
}

/// <summary>
/// An investment lead worked by an officer (负责人) under a responsible leader (责任领导). Any step or note is activity;
/// a lead without activity for the configured days is escalated (<see cref="EscalateStalledLeads"/>).
/// </summary>
public sealed class Lead : IAudited, IVersioned, IStamped, IRedactedAudit
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public int? TargetFirmId { get; set; }
    /// <summary>The investor: the target's name, or typed when the lead did not come from the library.</summary>
    public string FirmName { get; set; } = "";
    public int ChainId { get; set; }
    public int? NodeId { get; set; }
    /// <summary>Where it would land: a county, or the city while undecided.</summary>
    public string RegionCode { get; set; } = "";
    public LeadStage Stage { get; set; }
    /// <summary>责任领导: the leader answerable for the lead (name and post, e.g. 王副市长).</summary>
    public string ResponsibleLeader { get; set; } = "";
    /// <summary>The officer working it.</summary>
    public string OwnerId { get; set; } = "";
    public string OwnerName { get; set; } = "";
    /// <summary>Intended investment in 万元, when known.</summary>
    public decimal? EstimatedInvestment { get; set; }
    public string? Source { get; set; }
    public string? NextStep { get; set; }
    public DateOnly? NextStepOn { get; set; }
    public DateTime LastActivityAt { get; set; }
    public LeadEscalation Escalation { get; set; }
    public int? ProjectId { get; set; }
    public string? DropReason { get; set; }
    /// <summary>Became a confidential project: its identity stays out of the audit log from then on (earlier entries are blanked).</summary>
    public bool Confidential { get; set; }
    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    public List<LeadEvent> Events { get; private set; } = [];

    public bool IsOpen => Stage is not (LeadStage.Converted or LeadStage.Dropped);

    string IAudited.AuditSubjectType => nameof(Lead);
    int IAudited.AuditSubjectId => Id;

    /// <summary>The fields that name the investor.</summary>
    public static readonly string[] IdentityFields = [nameof(Title), nameof(FirmName), nameof(TargetFirmId), nameof(Source), nameof(NextStep), nameof(DropReason)];

    bool IRedactedAudit.Redacts(string property) => Confidential && IdentityFields.Contains(property);
}

/// <summary>One line of a lead's history: a step, a note, an escalation.</summary>
public sealed class LeadEvent
{
    public long Id { get; set; }
    public int LeadId { get; set; }
    public DateTime At { get; set; }
    public string ActorId { get; set; } = "";
    public string ActorName { get; set; } = "";
    public LeadEventKind Kind { get; set; }
    public LeadStage? FromStage { get; set; }
    public LeadStage? ToStage { get; set; }
    public string? Note { get; set; }
}
