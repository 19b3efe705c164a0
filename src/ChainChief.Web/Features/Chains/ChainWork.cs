using ChainChief.Web.Data;

namespace ChainChief.Web.Features.Chains;

public enum ChainTaskStatus
{
    NotStarted,
    InProgress,
    Done,
    Cancelled,
}

public enum MeetingKind
{
    /// <summary>产业链协调推进会</summary>
    Coordination,
    /// <summary>联席会议</summary>
    JointMeeting,
    /// <summary>约谈</summary>
    Interview,
}

/// <summary>A chain's three-year action plan (三年行动计划).</summary>
public sealed class ChainPlan : IAudited, IVersioned, IStamped
{
    public int Id { get; set; }
    public int ChainId { get; set; }
    public string Title { get; set; } = "";
    public int StartYear { get; set; }
    public int EndYear { get; set; }
    /// <summary>Goals and main measures, as the plan document states them.</summary>
    public string Content { get; set; } = "";
    public DateOnly? ApprovedOn { get; set; }
    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    string IAudited.AuditSubjectType => nameof(Chain);
    int IAudited.AuditSubjectId => ChainId;
}

/// <summary>A key task (年度重点任务) of a chain, owned by one department.</summary>
public sealed class ChainTask : IAudited, IVersioned, IStamped
{
    public int Id { get; set; }
    public int ChainId { get; set; }
    public int Year { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public int OwnerDepartmentId { get; set; }
    public DateOnly Deadline { get; set; }
    public ChainTaskStatus Status { get; set; }
    /// <summary>The meeting decision the task came from, if any.</summary>
    public int? MeetingDecisionId { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public List<ChainTaskNote> Notes { get; private set; } = [];

    public bool IsOverdue(DateOnly today) => Deadline < today && Status is ChainTaskStatus.NotStarted or ChainTaskStatus.InProgress;

    string IAudited.AuditSubjectType => nameof(Chain);
    int IAudited.AuditSubjectId => ChainId;
}

/// <summary>A progress note (进展) on a task.</summary>
public sealed class ChainTaskNote : IAudited
{
    public int Id { get; set; }
    public int ChainTaskId { get; set; }
    public int ChainId { get; set; }
    public string Text { get; set; } = "";
    public DateTime At { get; set; }
    public string By { get; set; } = "";

    string IAudited.AuditSubjectType => nameof(Chain);
    int IAudited.AuditSubjectId => ChainId;
}

/// <summary>A meeting record: 产业链协调推进会 / 联席会议 / 约谈.</summary>
public sealed class ChainMeeting : IAudited, IVersioned, IStamped
{
    public int Id { get; set; }
    public int ChainId { get; set; }
    public MeetingKind Kind { get; set; }
    public string Title { get; set; } = "";
    public DateOnly HeldOn { get; set; }
    public string? Location { get; set; }
    public string? Chair { get; set; }
    /// <summary>Attendees, one per line or separated by 、.</summary>
    public string Attendees { get; set; } = "";
    public string? Summary { get; set; }
    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public List<MeetingDecision> Decisions { get; private set; } = [];

    string IAudited.AuditSubjectType => nameof(Chain);
    int IAudited.AuditSubjectId => ChainId;
}

/// <summary>A decision (议定事项) of a meeting; it becomes a task in one step.</summary>
public sealed class MeetingDecision : IAudited
{
    public int Id { get; set; }
    public int ChainMeetingId { get; set; }
    public int ChainId { get; set; }
    public string Text { get; set; } = "";
    public int SortOrder { get; set; }

    string IAudited.AuditSubjectType => nameof(Chain);
    int IAudited.AuditSubjectId => ChainId;
}
