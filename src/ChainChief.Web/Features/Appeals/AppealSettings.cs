using ChainChief.Web.Data;

namespace ChainChief.Web.Features.Appeals;

/// <summary>How far past the clock each escalation step comes (DOMAIN §7: 催办, then 督办 level 1 and 2, then 通报).</summary>
public enum EscalationLevel
{
    /// <summary>催办: a reminder to whoever holds it.</summary>
    Reminder = 1,
    /// <summary>督办一级: the 链长办 supervises.</summary>
    Supervision = 2,
    /// <summary>督办二级: the chain chief (链长) supervises.</summary>
    LeaderSupervision = 3,
    /// <summary>通报: named in the notice.</summary>
    Notice = 4,
}

/// <summary>
/// The appeal rules officials edit (one row): deadlines by class in working days (DOMAIN §7 defaults 咨询 1 / 一般 3 /
/// 复杂 15 / 重大 30) and when each escalation step fires, in working days past the clock (0 = as soon as it runs out;
/// a later step fires at close of business that many working days after the clock's day).
/// </summary>
public sealed class AppealSettings : IAudited, IVersioned
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public int ConsultationDays { get; set; } = 1;
    public int GeneralDays { get; set; } = 3;
    public int ComplexDays { get; set; } = 15;
    public int MajorDays { get; set; } = 30;
    public int ReminderAfter { get; set; }
    public int SupervisionAfter { get; set; } = 1;
    public int LeaderSupervisionAfter { get; set; } = 3;
    public int NoticeAfter { get; set; } = 5;
    /// <summary>包联 visit cadence in days by firm tier: chain-owner firms (链主), other above-scale firms (规上), the rest.</summary>
    public int VisitDaysChainOwner { get; set; } = 30;
    public int VisitDaysAboveScale { get; set; } = 90;
    public int VisitDaysOther { get; set; } = 180;
    /// <summary>Read with the settings and sent back when saving them (a stale one is a 409).</summary>
    [System.Text.Json.Serialization.JsonInclude]
    public int Version { get; private set; }

    public int WorkingDays(AppealClass c) => c switch
    {
        AppealClass.Consultation => ConsultationDays,
        AppealClass.Complex => ComplexDays,
        AppealClass.Major => MajorDays,
        _ => GeneralDays,
    };

    public int Offset(EscalationLevel level) => level switch
    {
        EscalationLevel.Reminder => ReminderAfter,
        EscalationLevel.Supervision => SupervisionAfter,
        EscalationLevel.LeaderSupervision => LeaderSupervisionAfter,
        _ => NoticeAfter,
    };

    string IAudited.AuditSubjectType => nameof(AppealSettings);
    int IAudited.AuditSubjectId => Id;
}

/// <summary>
/// One escalation step that fired: for which clock (the sign-in due time or the deadline it was counted against), which
/// level, when. Unique per appeal, clock and level, so a step fires once however often or on however many servers the job
/// runs; a new clock (转办, 延期, 重办) starts afresh. A clock only escalates once it has run out, and every new clock is
/// set from that moment on (or, for 延期, from the old deadline) for at least one working day, so it always ends later.
/// </summary>
public sealed class AppealEscalation
{
    public long Id { get; set; }
    public int AppealId { get; set; }
    public EscalationLevel Level { get; set; }
    public DateTime Due { get; set; }
    public DateTime FiredAt { get; set; }
    /// <summary>Who held it when it fired (null: the 链长办, before assignment).</summary>
    public int? DepartmentId { get; set; }
}
