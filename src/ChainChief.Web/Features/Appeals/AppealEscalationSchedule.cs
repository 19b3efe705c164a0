using ChainChief.Web.Features.Calendar;
using ChainChief.Web.Infrastructure;

namespace ChainChief.Web.Features.Appeals;

/// <summary>When each escalation level fires for a clock, on the working calendar; pure.</summary>
public static class AppealEscalationSchedule
{
    /// <summary>
    /// The clock an appeal runs against now: the same-day sign-in while submitted, the department's deadline while
    /// assigned or in progress; none otherwise (waiting on the firm, or finished).
    /// </summary>
    public static DateTime? ClockOf(AppealState state, DateTime signInDue, DateTime? deadline) => state switch
    {
        AppealState.Submitted => signInDue,
        AppealState.Assigned or AppealState.InProgress => deadline,
        _ => null,
    };

    /// <summary>UTC time a level fires for a clock due at <paramref name="dueUtc"/>: the due time itself at offset 0, else close of business N working days later.</summary>
    public static DateTime FiresAt(WorkingCalendar calendar, DateTime dueUtc, int offset)
    {
        if (offset <= 0)
        {
            return dueUtc;
        }
        var dueDay = DateOnly.FromDateTime(dueUtc.ToChinaTime());
        return calendar.AddWorkingDays(dueDay, offset).ToDateTime(calendar.CloseOfBusiness).FromChinaTime();
    }

    /// <summary>The levels reached by <paramref name="nowUtc"/>, lowest first.</summary>
    public static IReadOnlyList<EscalationLevel> Reached(WorkingCalendar calendar, AppealSettings settings, DateTime dueUtc, DateTime nowUtc) =>
        [.. Enum.GetValues<EscalationLevel>().Where(l => nowUtc >= FiresAt(calendar, dueUtc, settings.Offset(l)))];

    public static string Label(EscalationLevel level) => level switch
    {
        EscalationLevel.Reminder => "催办",
        EscalationLevel.Supervision => "督办（一级·链长办）",
        EscalationLevel.LeaderSupervision => "督办（二级·链长）",
        _ => "通报",
    };
}
