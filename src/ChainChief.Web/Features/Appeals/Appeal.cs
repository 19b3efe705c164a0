using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure;

namespace ChainChief.Web.Features.Appeals;

/// <summary>What the problem is about (诉求类别).</summary>
public enum AppealCategory
{
    Labor, Land, Energy, Finance, Logistics, Approval, Policy, Market, Other,
}

/// <summary>How big it is; each class has its deadline in working days (咨询 1 / 一般 3 / 复杂 15 / 重大 30 by default).</summary>
public enum AppealClass
{
    Consultation, General, Complex, Major,
}

/// <summary>How it came in: the firm's own portal, or an official on its behalf (during a visit).</summary>
public enum AppealChannel
{
    Portal, Visit,
}

/// <summary>
/// An enterprise appeal (诉求, DOMAIN §7): filed by a firm or by an official for it, signed for by the 链长办 the same
/// working day, assigned to a department with a deadline in working days, answered, rated by the firm. Its state moves
/// only through <see cref="AppealWorkflow"/>; every step is an <see cref="AppealEvent"/>.
/// </summary>
public sealed class Appeal : IAudited, IVersioned, IStamped
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }
    /// <summary>The firm's county, copied at filing: county officers and region scopes filter on it.</summary>
    public string CountyCode { get; set; } = "";
    public AppealCategory Category { get; set; }
    public AppealClass Class { get; set; }
    public AppealChannel Channel { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public AppealState State { get; set; }
    public int? DepartmentId { get; set; }
    public DateTime SubmittedAt { get; set; }
    /// <summary>Close of business of the working day it arrived (不过夜).</summary>
    public DateTime SignInDue { get; set; }
    public DateTime? SignedInAt { get; set; }
    public DateTime? AssignedAt { get; set; }
    public DateTime? Deadline { get; set; }
    /// <summary>A 延期 request waiting for the 链长办: how many more working days, and why.</summary>
    public int? ExtensionDays { get; set; }
    public string? ExtensionReason { get; set; }
    /// <summary>Where a 撤单 request came from, to go back there if it is refused.</summary>
    public AppealState? BeforeWithdrawal { get; set; }
    public string? Reply { get; set; }
    public DateTime? RepliedAt { get; set; }
    /// <summary>Times it went back to the department after 不满意 (重办).</summary>
    public int Reopened { get; set; }
    public DateTime? ClosedAt { get; set; }
    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public List<AppealEvent> Events { get; set; } = [];

    /// <summary>The number officials quote: SQ + filing date + id.</summary>
    public string Code => CodeOf(SubmittedAt, Id);

    /// <summary>The filing date in the number is the Beijing date (an appeal filed at 07:00 is today's, not yesterday's in UTC).</summary>
    public static string CodeOf(DateTime submittedAt, int id) => $"SQ{submittedAt.ToChinaTime():yyyyMMdd}-{id}";

    public AppealStatus Status => new(State, Deadline, ExtensionDays is not null, BeforeWithdrawal);

    /// <summary>The clock it runs against now (null while it waits on the firm or is finished); past it, it is overdue.</summary>
    public DateTime? Clock => AppealEscalationSchedule.ClockOf(State, SignInDue, Deadline);

    string IAudited.AuditSubjectType => nameof(Appeal);
    int IAudited.AuditSubjectId => Id;
}

/// <summary>One step in an appeal's history: who, when, from → to, what they wrote and the files they attached.</summary>
public sealed class AppealEvent
{
    public int Id { get; set; }
    public int AppealId { get; set; }
    /// <summary>Null for the filing itself.</summary>
    public AppealAction? Action { get; set; }
    public AppealState? From { get; set; }
    public AppealState To { get; set; }
    public DateTime At { get; set; }
    public string ActorId { get; set; } = "";
    public string ActorName { get; set; } = "";
    public string? Note { get; set; }
    /// <summary>The department it went to (交办, 转办, 重办).</summary>
    public int? DepartmentId { get; set; }
    /// <summary>The deadline the step set (交办, 转办, 重办, 延期).</summary>
    public DateTime? Deadline { get; set; }
    public List<AppealAttachment> Attachments { get; set; } = [];
}
