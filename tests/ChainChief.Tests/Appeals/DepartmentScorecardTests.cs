using ChainChief.Web.Features.Appeals;
using ChainChief.Web.Features.Calendar;
using ChainChief.Web.Infrastructure;
using static ChainChief.Web.Features.Appeals.DepartmentScorecard;

namespace ChainChief.Tests.Appeals;

/// <summary>Scorecards from hand-made histories on the shipped calendar (November 2026: the 2nd is a Monday, no holidays).</summary>
public sealed class DepartmentScorecardTests
{
    private static readonly WorkingCalendar Calendar = new(CalendarSeeder.Read().Select(d => (d.Date, d.Kind)), new TimeOnly(17, 30));

    private static DateTime At(int month, int day, int hour = 10, int year = 2026) => new DateTime(year, month, day, hour, 0, 0).FromChinaTime();

    private static DateTime Cob(int month, int day, int year = 2026) => new DateTime(year, month, day, 17, 30, 0).FromChinaTime();

    [Fact]
    public void Replies_count_for_the_holder_on_time_against_the_deadline_in_force_with_ratings_for_whoever_replied()
    {
        Step[] steps =
        [
            // Appeal 1 with department 1: answered in 2 working days, rated unsatisfied, answered late after 重办, then satisfied.
            new(1, AppealAction.Assign, At(11, 2), 1, Cob(11, 5)),
            new(1, AppealAction.Reply, At(11, 4), null, null),
            new(1, AppealAction.RateUnsatisfied, At(11, 6), 1, Cob(11, 11)),
            new(1, AppealAction.Reply, At(11, 13), null, null),
            new(1, AppealAction.RateSatisfied, At(11, 14, year: 2026), null, null),
            // Appeal 2: department 1 passes it on (转办) to department 2, which answers after the first deadline but within its own.
            new(2, AppealAction.Assign, At(11, 2), 1, Cob(11, 5)),
            new(2, AppealAction.Transfer, At(11, 3), 2, Cob(11, 6)),
            new(2, AppealAction.Reply, At(11, 6), null, null),
            // Appeal 3: department 2 gets 延期 of 2 days and answers within it.
            new(3, AppealAction.Assign, At(11, 9), 2, Cob(11, 12)),
            new(3, AppealAction.RequestExtension, At(11, 10), null, null),
            new(3, AppealAction.ApproveExtension, At(11, 11), null, Cob(11, 16)),
            new(3, AppealAction.Reply, At(11, 16), null, null),
            new(3, AppealAction.RateSatisfied, At(11, 17), null, null),
            // Appeal 4: returned (退回) by department 2 before it is answered: no reply to count.
            new(4, AppealAction.Assign, At(11, 9), 2, Cob(11, 12)),
            new(4, AppealAction.Return, At(11, 10), null, null),
        ];
        var rows = Compute(steps, Calendar);

        var one = Assert.Single(rows, r => r.DepartmentId == 1);
        Assert.Equal((202611, 2, 2, 1, 2, 1, 1), (one.Month, one.Assigned, one.Replied, one.OnTime, one.Rated, one.Satisfied, one.Reopened));
        Assert.Equal(3.5, one.AvgWorkingDays); // 11/2 → 11/4 is 2 working days; 11/6 → 11/13 is 5
        Assert.Equal((50.0, 50.0, 50.0), (one.OnTimeRate!.Value, one.SatisfactionRate!.Value, one.ReopenRate!.Value));

        var two = Assert.Single(rows, r => r.DepartmentId == 2);
        Assert.Equal((3, 2, 2, 1, 1, 0), (two.Assigned, two.Replied, two.OnTime, two.Rated, two.Satisfied, two.Reopened));
        Assert.Equal(4.0, two.AvgWorkingDays); // 11/3 → 11/6 is 3; 11/9 → 11/16 is 5
        Assert.Equal(100.0, two.OnTimeRate);
    }

    [Fact]
    public void A_reply_counts_in_the_month_it_was_given_and_an_unanswered_appeal_has_no_rates()
    {
        Step[] steps =
        [
            new(1, AppealAction.Assign, At(12, 30, 9, 2025), 7, Cob(1, 5, 2026)),
            new(1, AppealAction.Reply, At(1, 6, 9, 2026), null, null), // late (1/1–1/3 off)
            new(2, AppealAction.Assign, At(1, 20, 9, 2026), 7, Cob(1, 23, 2026)),
        ];
        var rows = Compute(steps, Calendar);
        var december = Assert.Single(rows, r => r.Month == 202512);
        Assert.Equal((1, 0), (december.Assigned, december.Replied));
        Assert.Null(december.OnTimeRate);
        Assert.Null(december.SatisfactionRate);
        var january = Assert.Single(rows, r => r.Month == 202601);
        Assert.Equal((1, 1, 0, 0.0), (january.Assigned, january.Replied, january.OnTime, january.OnTimeRate!.Value));
        Assert.Equal(4.0, january.AvgWorkingDays); // 12/31, Sun 1/4 (调休上班), 1/5, 1/6
    }
}
