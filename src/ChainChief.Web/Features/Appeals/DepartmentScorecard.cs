using ChainChief.Web.Features.Calendar;
using ChainChief.Web.Infrastructure;

namespace ChainChief.Web.Features.Appeals;

/// <summary>One department's month (yyyyMM; or year, yyyy, when tallied by year): what it was given, answered, on time, how fast, how the firms rated it.</summary>
public sealed record ScorecardRow(int DepartmentId, int Month, int Assigned, int Replied, int OnTime, double? AvgWorkingDays,
    int Rated, int Satisfied, int Reopened)
{
    /// <summary>按期答复率: replies by the deadline in force ÷ replies.</summary>
    public double? OnTimeRate => Replied == 0 ? null : Math.Round(100.0 * OnTime / Replied, 1);
    /// <summary>满意率: 满意 ÷ ratings.</summary>
    public double? SatisfactionRate => Rated == 0 ? null : Math.Round(100.0 * Satisfied / Rated, 1);
    /// <summary>重办率: 不满意 → 重办 ÷ replies.</summary>
    public double? ReopenRate => Replied == 0 ? null : Math.Round(100.0 * Reopened / Replied, 1);
}

/// <summary>
/// Department scorecards (部门考评) from appeal histories, pure. Each appeal's steps are replayed in order to know who held
/// it and which deadline was in force: a reply counts for the department holding the appeal, on time when it came by the
/// deadline then in force, and takes the working days since that department's clock started (交办, 转办 or 重办); a rating
/// counts for the department whose reply was rated. Months are Beijing calendar months (yyyyMM) of the step.
/// </summary>
public static class DepartmentScorecard
{
    public sealed record Step(int AppealId, AppealAction? Action, DateTime At, int? DepartmentId, DateTime? Deadline);

    private sealed class Tally
    {
        public int Assigned, Replied, OnTime, Rated, Satisfied, Reopened;
        public readonly List<int> Days = [];
    }

    /// <summary>Tallies by month (<see cref="ScorecardRow.Month"/> is yyyyMM), or with <paramref name="byYear"/> by year (yyyy).</summary>
    public static IReadOnlyList<ScorecardRow> Compute(IEnumerable<Step> steps, WorkingCalendar calendar, bool byYear = false)
    {
        var tallies = new Dictionary<(int Dept, int Month), Tally>();
        Tally Of(int dept, DateTime utc)
        {
            var china = utc.ToChinaTime();
            var key = (dept, byYear ? china.Year : china.Year * 100 + china.Month);
            return tallies.TryGetValue(key, out var t) ? t : tallies[key] = new Tally();
        }
        foreach (var appeal in steps.GroupBy(s => s.AppealId))
        {
            int? holder = null, repliedBy = null;
            DateTime? deadline = null, clockStart = null;
            foreach (var s in appeal.OrderBy(s => s.At))
            {
                switch (s.Action)
                {
                    case AppealAction.Assign or AppealAction.Transfer when s.DepartmentId is { } to:
                        (holder, deadline, clockStart) = (to, s.Deadline, s.At);
                        Of(to, s.At).Assigned++;
                        break;
                    case AppealAction.ApproveExtension:
                        deadline = s.Deadline ?? deadline;
                        break;
                    case AppealAction.Return:
                        (holder, deadline, clockStart) = (null, null, null);
                        break;
                    case AppealAction.Reply when holder is { } dept:
                        var t = Of(dept, s.At);
                        t.Replied++;
                        t.OnTime += deadline is null || s.At <= deadline ? 1 : 0;
                        if (clockStart is { } start)
                        {
                            t.Days.Add(Math.Max(0, calendar.WorkingDaysBetween(DateOnly.FromDateTime(start.ToChinaTime()), DateOnly.FromDateTime(s.At.ToChinaTime()))));
                        }
                        repliedBy = dept;
                        break;
                    case AppealAction.RateSatisfied when repliedBy is { } dept:
                        var rated = Of(dept, s.At);
                        (rated.Rated, rated.Satisfied) = (rated.Rated + 1, rated.Satisfied + 1);
                        break;
                    case AppealAction.RateUnsatisfied when repliedBy is { } dept:
                        var unhappy = Of(dept, s.At);
                        (unhappy.Rated, unhappy.Reopened) = (unhappy.Rated + 1, unhappy.Reopened + 1);
                        (holder, deadline, clockStart) = (dept, s.Deadline, s.At);
                        break;
                }
            }
        }
        return [.. tallies.OrderBy(t => t.Key.Month).ThenBy(t => t.Key.Dept).Select(t => new ScorecardRow(t.Key.Dept, t.Key.Month, t.Value.Assigned,
            t.Value.Replied, t.Value.OnTime, t.Value.Days.Count == 0 ? null : Math.Round(t.Value.Days.Average(), 1), t.Value.Rated, t.Value.Satisfied, t.Value.Reopened))];
    }
}
