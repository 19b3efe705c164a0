using ChainChief.Web.Data;

namespace ChainChief.Web.Features.Contracts;

/// <summary>Where a measured value came from: the firm's own monthly statistics, or entered by an official with evidence.</summary>
public enum MeasureSource
{
    Statistics,
    Entered,
}

/// <summary>
/// One 竣工验收 or 达产复核 of a contract: the measured values, where they came from, the outcome and the penalty the
/// contract's formula gives. Checks are records of what was found; they are not edited (a new check supersedes).
/// </summary>
public sealed class ContractCheck
{
    public int Id { get; set; }
    public int ContractId { get; set; }
    public CheckKind Kind { get; set; }
    public DateOnly CheckedOn { get; set; }
    public decimal? InvestmentIntensity { get; set; }
    public decimal? FloorAreaRatio { get; set; }
    public decimal? TaxPerMu { get; set; }
    public decimal? OutputPerMu { get; set; }
    /// <summary>For 达产复核: whether tax and output per mu came from the statistics (12 months) or were entered.</summary>
    public MeasureSource? Source { get; set; }
    /// <summary>The statistics months measured (YYYYMM), when from statistics.</summary>
    public int? PeriodFrom { get; set; }
    public int? PeriodTo { get; set; }
    /// <summary>验收报告, 税务证明 …: required when values are entered.</summary>
    public string? Evidence { get; set; }
    public CheckOutcome Outcome { get; set; }
    public decimal Penalty { get; set; }
    public bool PenaltyCapped { get; set; }
    /// <summary>The comparison, one line per indicator, in Chinese.</summary>
    public string Findings { get; set; } = "";
    public DateTime At { get; set; }
    public string ActorName { get; set; } = "";
}

/// <summary>A breach case's life: 立案 → 整改 / 处罚 / 回收 → 结案.</summary>
public enum BreachStatus
{
    Filed,
    Rectifying,
    Penalized,
    Recovered,
    Closed,
}

/// <summary>A breach found by a check, with the penalty the contract sets and its handling history.</summary>
public sealed class BreachCase : IAudited, IVersioned, IStamped
{
    public int Id { get; set; }
    public int ContractId { get; set; }
    public int CheckId { get; set; }
    /// <summary>The project's county, for region scope.</summary>
    public string CountyCode { get; set; } = "";
    public BreachStatus Status { get; set; }
    public decimal Penalty { get; set; }
    public string Shortfalls { get; set; } = "";
    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    public List<BreachEvent> Events { get; private set; } = [];

    string IAudited.AuditSubjectType => nameof(BreachCase);
    int IAudited.AuditSubjectId => Id;
}

public sealed class BreachEvent
{
    public long Id { get; set; }
    public int BreachCaseId { get; set; }
    public BreachStatus? From { get; set; }
    public BreachStatus To { get; set; }
    public DateTime At { get; set; }
    public string ActorName { get; set; } = "";
    public string? Note { get; set; }
}
