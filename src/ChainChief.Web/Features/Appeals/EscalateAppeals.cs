using ChainChief.Web.Data;
using ChainChief.Web.Features.Calendar;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Appeals;

/// <summary>
/// One pass of the escalation job: every open appeal past its clock gets each level it has reached and not yet had for
/// that clock — a history row and the level's notifications, saved together. Idempotent: the levels already fired are in
/// the database (unique per appeal, clock and level), so a second pass, a restart or a second server adds nothing.
/// </summary>
public sealed class EscalateAppeals(IDbContextFactory<AppDbContext> dbs, CalendarProvider calendars, AppealNotices notices, ILogger<EscalateAppeals> log) : IScheduledPass
{
    public sealed record Result(int Appeals, int Fired);

    async Task<int> IScheduledPass.RunPassAsync(DateTime utcNow, CancellationToken ct) => (await RunAsync(utcNow, ct)).Fired;

    /// <summary>One pass as of <paramref name="now"/> (UTC; the caller's clock).</summary>
    public async Task<Result> RunAsync(DateTime now, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        await using var read = await dbs.CreateDbContextAsync(ct);
        var settings = await read.AppealSettings.AsNoTracking().SingleAsync(ct);
        var due = await read.Appeals.AsNoTracking()
            .Where(a => (a.State == AppealState.Submitted && a.SignInDue <= now)
                || ((a.State == AppealState.Assigned || a.State == AppealState.InProgress) && a.Deadline <= now))
            .Select(a => new { a.Id, a.State, a.SignInDue, a.Deadline })
            .ToListAsync(ct);
        var ids = due.Select(a => a.Id).ToList();
        var had = (await read.AppealEscalations.AsNoTracking().Where(e => ids.Contains(e.AppealId)).Select(e => new { e.AppealId, e.Due, e.Level }).ToListAsync(ct))
            .ToLookup(e => (e.AppealId, e.Due), e => e.Level);
        var (appeals, fired) = (0, 0);
        foreach (var candidate in due)
        {
            var dueAt = AppealEscalationSchedule.ClockOf(candidate.State, candidate.SignInDue, candidate.Deadline)!.Value;
            var missing = AppealEscalationSchedule.Reached(calendar, settings, dueAt, now).Except(had[(candidate.Id, dueAt)]).ToList();
            if (missing.Count == 0)
            {
                continue;
            }
            var added = await FireAsync(candidate.Id, dueAt, missing, calendar, now, ct);
            (appeals, fired) = (appeals + (added > 0 ? 1 : 0), fired + added);
        }
        return new Result(appeals, fired);
    }

    private async Task<int> FireAsync(int appealId, DateTime dueAt, List<EscalationLevel> levels, WorkingCalendar calendar, DateTime now, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(Actor.System);
        var appeal = await db.Appeals.SingleAsync(a => a.Id == appealId, ct);
        if (appeal.Clock != dueAt)
        {
            return 0; // someone acted on it since the candidates were read
        }
        var overdue = Math.Max(0, calendar.WorkingDaysBetween(DateOnly.FromDateTime(dueAt.ToChinaTime()), DateOnly.FromDateTime(now.ToChinaTime())));
        db.AppealEscalations.AddRange(levels.Select(level =>
            new AppealEscalation { AppealId = appeal.Id, Level = level, Due = dueAt, FiredAt = now, DepartmentId = appeal.DepartmentId }));
        await notices.EscalatedAsync(db, appeal, levels, overdue, ct);
        try
        {
            await db.SaveChangesAsync(ct);
            return levels.Count;
        }
        catch (DbUpdateException e)
        {
            // Another pass (another server) fired the same level first: the unique index kept it to one.
            log.LogInformation(e, "Escalation of appeal {Id} was already recorded by another pass", appealId);
            return 0;
        }
    }
}
