using ChainChief.Web.Data;

namespace ChainChief.Web.Features.Alerts;

/// <summary>What an alert rule watches (DOMAIN §5).</summary>
public enum AlertKind
{
    /// <summary>工业总产值同比下降 ≥ threshold (a fraction, 0.2 = 20%).</summary>
    OutputDrop,
    /// <summary>A month of zero output after output (停产).</summary>
    OutputStopped,
    /// <summary>用电量同比下降 ≥ threshold.</summary>
    ElectricityDrop,
    /// <summary>工业总产值 below the same month of last year (同比下降) for threshold consecutive months. Year on year, not
    /// month on month: seasonality (the Spring Festival dip) would otherwise flag every firm each February.</summary>
    ConsecutiveDecline,
}

public enum AlertLevel
{
    Yellow,
    Orange,
    Red,
}

public enum AlertState
{
    New,
    Assigned,
    Resolved,
}

/// <summary>An editable alert rule. Several rules of one kind grade it (output drop ≥ 20% yellow, ≥ 40% orange).</summary>
public sealed class AlertRule : IAudited, IVersioned
{
    public int Id { get; set; }
    public AlertKind Kind { get; set; }
    public AlertLevel Level { get; set; }
    /// <summary>A fraction for the drops (0.2 = 20%), a number of months for consecutive decline, unused for stopped.</summary>
    public decimal Threshold { get; set; }
    public bool Enabled { get; set; } = true;
    public int Version { get; private set; }

    string IAudited.AuditSubjectType => nameof(AlertRule);
    int IAudited.AuditSubjectId => Id;
}

/// <summary>A firm in trouble in one month, raised by a rule; one per firm, month and kind (the highest level wins).</summary>
public sealed class Alert : IAudited, IVersioned, IStamped
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }
    public int Period { get; set; }
    public AlertKind Kind { get; set; }
    public AlertLevel Level { get; set; }
    /// <summary>Why, with the firm's own figures: "工业总产值同比下降45.2%（本月120万元，上年同月219万元）".</summary>
    public string Message { get; set; } = "";
    public AlertState State { get; set; }
    public string? AssigneeId { get; set; }
    public string? AssigneeName { get; set; }
    public DateTime? AssignedAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public string? ResolvedReason { get; set; }
    public int? TicketId { get; set; }
    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public List<AlertNote> Notes { get; private set; } = [];

    string IAudited.AuditSubjectType => nameof(Alert);
    int IAudited.AuditSubjectId => Id;
}

public sealed class AlertNote
{
    public int Id { get; set; }
    public int AlertId { get; set; }
    public string Text { get; set; } = "";
    public DateTime At { get; set; }
    public string By { get; set; } = "";
}

public enum TicketState
{
    Open,
    Closed,
}

/// <summary>
/// A support ticket opened for a firm (from an alert, for now). Deliberately simple: the appeals issue turns it into the
/// full appeal with its workflow and deadlines.
/// </summary>
public sealed class SupportTicket : IAudited, IVersioned, IStamped
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public int? DepartmentId { get; set; }
    public int? AlertId { get; set; }
    public TicketState State { get; set; }
    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    string IAudited.AuditSubjectType => nameof(SupportTicket);
    int IAudited.AuditSubjectId => Id;
}
