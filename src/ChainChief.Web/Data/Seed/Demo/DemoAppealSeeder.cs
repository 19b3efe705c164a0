using ChainChief.Web.Features.Appeals;
using ChainChief.Web.Features.Calendar;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Data.Seed.Demo;

/// <summary>
/// Writes the demo's appeals through the real use cases on a <see cref="DemoClock"/>: about sixty finished over the last
/// five months (on time, late, reopened, transferred, extended, withdrawn, closed by the office), one or more in every open
/// state, three of them overdue by 1, 4 and 6 working days. The escalation job then runs at close of business on each of
/// the last working days, so reminders and supervision fire when they would have.
/// </summary>
public sealed class DemoAppealSeeder(AppDbContextFactory dbs, CalendarProvider calendars, DemoClock clock, DemoActors actors,
    FileAppeal file, ActOnAppeal act, EscalateAppeals escalate, Random random)
{
    private WorkingCalendar calendar = null!;
    private DateOnly today;
    private DateTime last;

    public async Task InitializeAsync(CancellationToken ct)
    {
        calendar = await calendars.GetAsync(ct);
        today = DateOnly.FromDateTime(clock.RealNow.AddHours(8));
    }

    public async Task<int> SeedAsync(IReadOnlyList<int> firms, int finished, CancellationToken ct)
    {
        var count = 0;
        for (var i = 0; i < finished; i++)
        {
            var outcome = (i % 12) switch
            {
                3 => DemoOutcome.ClosedByOffice,
                5 => DemoOutcome.TransferredThenSatisfied,
                7 => DemoOutcome.Withdrawn,
                9 => DemoOutcome.ExtendedThenSatisfied,
                _ => DemoOutcome.Satisfied,
            };
            var filed = Back(today, 35 + random.Next(70));
            await RunAsync(firms[random.Next(firms.Count)], DemoAppealPlan.Topics[random.Next(DemoAppealPlan.Topics.Length)], outcome, filed, ct);
            count++;
        }
        for (var i = 0; i < DemoAppealPlan.Open.Length; i++)
        {
            // The demo firm's own portal shows a reply to rate and one in hand.
            var firm = i is 6 or 11 ? actors.Firm.EnterpriseId!.Value : firms[random.Next(firms.Count)];
            // The department account (发改委) has one to start, one overdue and one waiting on its extension.
            var topic = i is 3 or 8 or 13 ? DemoAppealPlan.Topics.First(t => t.Department == "发展和改革委员会") : DemoAppealPlan.Topics[random.Next(DemoAppealPlan.Topics.Length)];
            await RunAsync(firm, topic, DemoAppealPlan.Open[i], null, ct);
            count++;
        }
        var pass = calendar.CloseOfBusiness.AddMinutes(15);
        for (var day = Back(today, 8); day < today; day = calendar.NextWorkingDay(day))
        {
            await escalate.RunAsync(clock.At(day, pass.Hour, pass.Minute), ct);
        }
        clock.Reset();
        await escalate.RunAsync(clock.RealNow, ct);
        return count;
    }

    private async Task RunAsync(int firmId, (AppealCategory Category, string Department, string Title, string Description) topic, DemoOutcome outcome,
        DateOnly? filedOn, CancellationToken ct)
    {
        // Open ones are placed back from today so their clocks land where the story needs them.
        var day = filedOn ?? outcome switch
        {
            DemoOutcome.Overdue1 => Back(Back(today, 1), 3),
            DemoOutcome.Overdue4 => Back(Back(today, 4), 3),
            DemoOutcome.Overdue6 => Back(Back(today, 6), 3),
            DemoOutcome.Assigned or DemoOutcome.SignedIn or DemoOutcome.SignInOverdue => Back(today, 1),
            _ => Back(today, 3 + random.Next(3)),
        };
        var viaVisit = random.Next(5) == 0;
        // The one just filed came in a quarter of an hour ago; the rest in the morning of their day.
        last = outcome == DemoOutcome.JustFiled ? clock.Minutes(-15) : clock.At(day, 9, random.Next(50));
        var id = await file.HandleAsync(new AppealInput { EnterpriseId = firmId, Category = topic.Category, Title = topic.Title, Description = topic.Description },
            viaVisit ? actors.Office : actors.FirmOf(firmId), ct);
        await ProgressAsync(id, firmId, topic.Department, outcome, day, last);
    }

    /// <summary>Takes a filed appeal through its story, starting on the day it was filed.</summary>
    public async Task ProgressAsync(int id, int firmId, string department, DemoOutcome outcome, DateOnly day, DateTime filedAt)
    {
        last = filedAt;
        if (outcome is DemoOutcome.JustFiled or DemoOutcome.SignInOverdue)
        {
            return;
        }
        var dept = actors.DepartmentIds["安康市" + department];
        var firm = actors.FirmOf(firmId);
        var sla = outcome switch
        {
            DemoOutcome.Overdue1 or DemoOutcome.Overdue4 or DemoOutcome.Overdue6 => 3,
            DemoOutcome.Assigned or DemoOutcome.InProgress or DemoOutcome.ExtensionPending or DemoOutcome.Reopened => 15,
            _ => random.Next(10) < 7 ? 3 : 1,
        };
        var appealClass = sla switch { 1 => AppealClass.Consultation, 3 => AppealClass.General, _ => AppealClass.Complex };
        var handler = actors.Department(dept, department);
        var (late, unhappy) = DemoAppealPlan.Profile(department);
        var reply = DemoAppealPlan.Replies[random.Next(DemoAppealPlan.Replies.Length)];
        await StepAsync(id, AppealAction.SignIn, actors.Office, day, 10);
        if (outcome == DemoOutcome.SignedIn)
        {
            return;
        }
        if (outcome == DemoOutcome.Withdrawn || outcome == DemoOutcome.WithdrawalRequested)
        {
            await StepAsync(id, AppealAction.RequestWithdrawal, firm, day, 15, new() { Note = "问题已自行解决，申请撤单" });
            if (outcome == DemoOutcome.Withdrawn)
            {
                await StepAsync(id, AppealAction.ApproveWithdrawal, actors.Office, calendar.NextWorkingDay(day), 9, new() { Note = "经电话核实，同意撤单" });
            }
            return;
        }
        await StepAsync(id, AppealAction.Assign, actors.Office, day, 10, new() { DepartmentId = dept, Class = appealClass, WorkingDays = sla });
        if (outcome == DemoOutcome.Assigned)
        {
            return;
        }
        var accepted = calendar.NextWorkingDay(day);
        await StepAsync(id, AppealAction.Accept, handler, accepted, 9);
        if (outcome == DemoOutcome.TransferredThenSatisfied)
        {
            var other = DemoAppealPlan.Topics.First(t => t.Department != department).Department;
            await StepAsync(id, AppealAction.Transfer, actors.Office, accepted, 14, new() { DepartmentId = actors.DepartmentIds["安康市" + other], Note = "涉及审批事项，转由主管部门办理", WorkingDays = sla });
            handler = actors.Department(actors.DepartmentIds["安康市" + other], other);
            await StepAsync(id, AppealAction.Accept, handler, calendar.NextWorkingDay(accepted), 9);
        }
        if (outcome == DemoOutcome.Returned)
        {
            await StepAsync(id, AppealAction.Return, handler, accepted, 11, new() { Note = "该事项不属于本部门职责，建议交由园区管委会办理" });
            return;
        }
        if (outcome is DemoOutcome.InProgress or DemoOutcome.Overdue1 or DemoOutcome.Overdue4 or DemoOutcome.Overdue6)
        {
            return;
        }
        if (outcome is DemoOutcome.ExtensionPending or DemoOutcome.ExtendedThenSatisfied)
        {
            await StepAsync(id, AppealAction.RequestExtension, handler, accepted, 16, new() { WorkingDays = 5, Note = "需协调省级部门，申请延期" });
            if (outcome == DemoOutcome.ExtensionPending)
            {
                return;
            }
            await StepAsync(id, AppealAction.ApproveExtension, actors.Office, calendar.NextWorkingDay(accepted), 9);
            sla += 5;
        }
        var isLate = outcome != DemoOutcome.Replied && random.NextDouble() < late;
        var replied = calendar.AddWorkingDays(day, isLate ? sla + 1 + random.Next(3) : Math.Max(1, random.Next(1, sla + 1)));
        replied = replied < accepted ? accepted : replied;
        if (DemoAppealPlan.Open.Contains(outcome) && replied > Back(today, 1))
        {
            replied = Back(today, 1); // an open story's reply was yesterday at the latest, so the firm's rating can follow today
        }
        await StepAsync(id, AppealAction.Reply, handler, replied, 15, new() { Note = reply });
        if (outcome == DemoOutcome.Replied)
        {
            return;
        }
        var rated = calendar.NextWorkingDay(replied);
        if (outcome == DemoOutcome.ClosedByOffice)
        {
            await StepAsync(id, AppealAction.Close, actors.Office, calendar.AddWorkingDays(replied, 3), 10, new() { Note = "企业逾期未评价，按办结处理" });
            return;
        }
        if (outcome == DemoOutcome.Reopened || random.NextDouble() < unhappy)
        {
            await StepAsync(id, AppealAction.RateUnsatisfied, firm, rated, 10, new() { Note = DemoAppealPlan.Unhappy[random.Next(DemoAppealPlan.Unhappy.Length)] });
            if (outcome == DemoOutcome.Reopened)
            {
                return;
            }
            rated = calendar.AddWorkingDays(rated, 1 + random.Next(sla));
            await StepAsync(id, AppealAction.Reply, handler, rated, 15, new() { Note = "已再次协调，问题已全部解决。" });
            rated = calendar.NextWorkingDay(rated);
        }
        await StepAsync(id, AppealAction.RateSatisfied, firm, rated, 11);
    }

    private async Task StepAsync(int id, AppealAction action, Actor actor, DateOnly day, int hour, AppealStep? step = null)
    {
        await using (var db = dbs.CreateDbContext())
        {
            (step ??= new()).Version = await db.Appeals.Where(a => a.Id == id).Select(a => a.Version).SingleAsync();
        }
        clock.At(day, hour, random.Next(50));
        last = clock.After(last);
        await act.HandleAsync(id, action, step, actor, CancellationToken.None);
    }

    /// <summary>The day itself if it is a working day, else the working day before it.</summary>
    public DateOnly OnOrBefore(DateOnly day) => calendar.IsWorkingDay(day) ? day : Back(day, 1);

    /// <summary>The working day <paramref name="n"/> working days before <paramref name="day"/>.</summary>
    public DateOnly Back(DateOnly day, int n)
    {
        for (var i = 0; i < n; i++)
        {
            do
            {
                day = day.AddDays(-1);
            }
            while (!calendar.IsWorkingDay(day));
        }
        return day;
    }
}
