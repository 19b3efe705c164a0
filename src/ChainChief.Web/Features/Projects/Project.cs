using ChainChief.Web.Data;

namespace ChainChief.Web.Features.Projects;

/// <summary>Project stages (DOMAIN §6): 策划 → 洽谈 → 签约 → 开工 → 投产 → 达产; 终止 ends one, 盘活 revives a terminated one.</summary>
public enum ProjectStage
{
    Planning,
    Negotiating,
    Signed,
    Started,
    Operating,
    FullProduction,
    Terminated,
    Revitalized,
}

/// <summary>What the project does for its chain: 建链 / 补链 / 强链 / 延链.</summary>
public enum ChainAction
{
    Build,
    Fill,
    Strengthen,
    Extend,
}

/// <summary>How the project is served, from its size: 专班 (task force), 专员 (commissioner), 专人 (a named officer).</summary>
public enum ServiceLevel
{
    TaskForce,
    Commissioner,
    Attendant,
}

/// <summary>
/// An investment project (招商项目) from planning to full production, with its money (万元), chain and node, where it
/// lands, and its dates. A confidential project shows its <see cref="CodeName"/> instead of its name and investor to
/// everyone not named in <see cref="Viewers"/>, everywhere (<see cref="ProjectAccess"/>), including the audit log.
/// </summary>
public sealed class Project : IAudited, IVersioned, IStamped, IRedactedAudit
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>投资方: the investing firm.</summary>
    public string InvestorName { get; set; } = "";
    /// <summary>The local firm in the registry once the investor has registered one.</summary>
    public int? EnterpriseId { get; set; }
    public bool IsConfidential { get; set; }
    /// <summary>代号 shown to everyone not named when confidential, e.g. "A-07项目".</summary>
    public string? CodeName { get; set; }
    public int ChainId { get; set; }
    public int? NodeId { get; set; }
    public ChainAction Action { get; set; }
    /// <summary>落地县区.</summary>
    public string CountyCode { get; set; } = "";
    /// <summary>承载园区.</summary>
    public string? HostPark { get; set; }
    /// <summary>地块编号.</summary>
    public string? LandParcel { get; set; }
    /// <summary>用地面积 in 亩.</summary>
    public decimal? LandAreaMu { get; set; }
    /// <summary>总投资 in 万元.</summary>
    public decimal TotalInvestment { get; set; }
    /// <summary>固定资产投资 in 万元.</summary>
    public decimal FixedAssetInvestment { get; set; }
    public ProjectStage Stage { get; set; }
    public DateOnly? SignedOn { get; set; }
    public DateOnly? StartedOn { get; set; }
    public DateOnly? OperatingOn { get; set; }
    public DateOnly? FullProductionOn { get; set; }
    public DateOnly? TerminatedOn { get; set; }
    public DateOnly? RevitalizedOn { get; set; }
    /// <summary>The stage a terminated project had reached (盘活 resumes from it).</summary>
    public ProjectStage? StageBeforeTermination { get; set; }
    /// <summary>责任领导.</summary>
    public string? ResponsibleLeader { get; set; }
    public string? Notes { get; set; }
    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    public List<ProjectStageChange> StageChanges { get; private set; } = [];
    public List<ProjectFunding> Funding { get; private set; } = [];
    public List<ProjectViewer> Viewers { get; private set; } = [];

    string IAudited.AuditSubjectType => nameof(Project);
    int IAudited.AuditSubjectId => Id;

    /// <summary>The fields that name the investor.</summary>
    public static readonly string[] IdentityFields = [nameof(Name), nameof(InvestorName), nameof(EnterpriseId), nameof(Notes)];

    bool IRedactedAudit.Redacts(string property) => IsConfidential && IdentityFields.Contains(property);
}

/// <summary>One step of a project's stage history, with the date it took effect.</summary>
public sealed class ProjectStageChange
{
    public long Id { get; set; }
    public int ProjectId { get; set; }
    public ProjectStage? FromStage { get; set; }
    public ProjectStage ToStage { get; set; }
    public DateOnly EffectiveOn { get; set; }
    public DateTime At { get; set; }
    public string ActorName { get; set; } = "";
    public string? Note { get; set; }
}

/// <summary>到位资金: money actually arrived in one month (万元).</summary>
public sealed class ProjectFunding : IAudited
{
    public int ProjectId { get; set; }
    /// <summary>YYYYMM.</summary>
    public int Period { get; set; }
    public decimal Amount { get; set; }

    string IAudited.AuditSubjectType => nameof(Project);
    int IAudited.AuditSubjectId => ProjectId;
}

/// <summary>A user named on a confidential project: sees its name and investor.</summary>
public sealed class ProjectViewer : IAudited
{
    public int ProjectId { get; set; }
    public string UserId { get; set; } = "";
    public string UserName { get; set; } = "";

    string IAudited.AuditSubjectType => nameof(Project);
    int IAudited.AuditSubjectId => ProjectId;
}
