using ChainChief.Web.Data;

namespace ChainChief.Web.Features.Statistics;

/// <summary>
/// One firm's statistics for one month (DOMAIN §5), as the statistics bureau's enterprise table has them. Money in
/// 万元, electricity in 万kWh, employees in persons at month end. Both the month's own figures (当月) and the
/// year-to-date figures (本年累计) are stored: the firm reports one of them (<see cref="InputKind"/>) and
/// ReportSeries derives the other across the firm's year, so sums over either are plain SQL.
/// Corrections keep their previous figures in <see cref="ReportRevision"/>.
/// </summary>
public sealed class MonthlyReport : IVersioned, IStamped
{
    public long Id { get; set; }
    public int EnterpriseId { get; set; }
    /// <summary>YYYYMM, e.g. 202610.</summary>
    public int Period { get; set; }
    public ReportInputKind InputKind { get; set; }
    public ReportSource Source { get; set; }
    /// <summary>The upload or API call that last wrote the row, if any.</summary>
    public int? BatchId { get; set; }

    // 当月 (the month's own figures)
    public decimal Output { get; set; }
    public decimal Revenue { get; set; }
    public decimal Profit { get; set; }
    public decimal Tax { get; set; }
    public decimal ElectricityKwh10k { get; set; }
    public decimal RnD { get; set; }
    public decimal? ValueAdded { get; set; }

    // 本年累计 (year to date, January to this month)
    public decimal OutputYtd { get; set; }
    public decimal RevenueYtd { get; set; }
    public decimal ProfitYtd { get; set; }
    public decimal TaxYtd { get; set; }
    public decimal ElectricityKwh10kYtd { get; set; }
    public decimal RnDYtd { get; set; }
    public decimal? ValueAddedYtd { get; set; }

    /// <summary>从业人员 at month end (a stock, not summed over months).</summary>
    public int Employees { get; set; }

    /// <summary>The 10×-off-history warning the submitter confirmed, kept so reviewers can see it was deliberate.</summary>
    public string? ConfirmedWarning { get; set; }

    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

public enum ReportInputKind
{
    /// <summary>The submitter gave 当月 figures; year-to-date is derived.</summary>
    Monthly,
    /// <summary>The submitter gave 本年累计 figures (statistical practice); the month's own figures are derived.</summary>
    YearToDate,
}

public enum ReportSource
{
    Upload,
    SelfReport,
    Api,
    /// <summary>The demo city's generated history.</summary>
    Generated,
}

/// <summary>The reported quantities. Employees is a stock; every other metric sums over months.</summary>
public enum Metric
{
    /// <summary>工业总产值 (万元)</summary>
    Output,
    /// <summary>营业收入 (万元)</summary>
    Revenue,
    /// <summary>利润总额 (万元), may be negative</summary>
    Profit,
    /// <summary>实缴税金 (万元)</summary>
    Tax,
    /// <summary>用电量 (万kWh)</summary>
    Electricity,
    /// <summary>研发费用 (万元)</summary>
    RnD,
    /// <summary>工业增加值 (万元), optional</summary>
    ValueAdded,
    /// <summary>从业人员 (人), month end</summary>
    Employees,
}

/// <summary>A correction: the figures before and after, who changed them and why.</summary>
public sealed class ReportRevision
{
    public long Id { get; set; }
    public long ReportId { get; set; }
    public int EnterpriseId { get; set; }
    public int Period { get; set; }
    /// <summary>JSON of the figures before the change (metric → 当月 and 本年累计).</summary>
    public string Before { get; set; } = "";
    public string After { get; set; } = "";
    public ReportSource Source { get; set; }
    public int? BatchId { get; set; }
    public string? Reason { get; set; }
    public DateTime ChangedAt { get; set; }
    public string ChangedBy { get; set; } = "";
}

/// <summary>One upload, self-report or API call that wrote reports: the unit the audit log and revisions point to.</summary>
public sealed class ReportBatch : IAudited, IStamped
{
    public int Id { get; set; }
    public ReportSource Source { get; set; }
    public string? FileName { get; set; }
    /// <summary>Periods the batch touched, comma separated (202609,202610).</summary>
    public string Periods { get; set; } = "";
    public int Rows { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int ConfirmedWarnings { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    string IAudited.AuditSubjectType => nameof(ReportBatch);
    int IAudited.AuditSubjectId => Id;
}

/// <summary>A statistics month and whether it is closed (关账): a closed month takes no reports until reopened.</summary>
public sealed class StatPeriod : IAudited, IVersioned
{
    /// <summary>YYYYMM.</summary>
    public int Id { get; set; }
    public bool IsClosed { get; set; }
    public DateTime? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }
    public int Version { get; private set; }
    public List<StatPeriodEvent> Events { get; private set; } = [];

    string IAudited.AuditSubjectType => nameof(StatPeriod);
    int IAudited.AuditSubjectId => Id;
}

public enum StatPeriodAction
{
    Closed,
    Reopened,
}

/// <summary>Every close and reopen, with the reason given for reopening.</summary>
public sealed class StatPeriodEvent
{
    public int Id { get; set; }
    public int PeriodId { get; set; }
    public StatPeriodAction Action { get; set; }
    public string? Reason { get; set; }
    public DateTime At { get; set; }
    public string By { get; set; } = "";
}
