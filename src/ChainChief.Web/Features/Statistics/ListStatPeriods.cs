using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Statistics;

/// <summary>Statistics months from the current one back: open or closed (关账), reports in the actor's scope, and every close and reopen.</summary>
public sealed class ListStatPeriods(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    public sealed record Row(int Period, bool IsClosed, DateTime? ClosedAt, string? ClosedBy, int Version, int Reports);

    public sealed record Event(int Period, StatPeriodAction Action, string? Reason, DateTime At, string By);

    public sealed record Overview(int CurrentPeriod, IReadOnlyList<Row> Periods, IReadOnlyList<Event> Events);

    public async Task<Overview> HandleAsync(Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var current = Periods.Of(clock.Today());
        var firms = db.Enterprises.VisibleTo(actor);
        var counts = await db.MonthlyReports.Where(r => firms.Any(e => e.Id == r.EnterpriseId))
            .GroupBy(r => r.Period).Select(g => new { Period = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Period, g => g.Count, ct);
        var states = await db.StatPeriods.AsNoTracking().ToDictionaryAsync(p => p.Id, ct);
        var periods = counts.Keys.Union(states.Keys).Append(current).Where(p => p <= current).Distinct().OrderDescending();
        var rows = periods.Select(p => states.TryGetValue(p, out var s)
            ? new Row(p, s.IsClosed, s.ClosedAt, s.ClosedBy, s.Version, counts.GetValueOrDefault(p))
            : new Row(p, false, null, null, 0, counts.GetValueOrDefault(p))).ToList();
        var events = await db.StatPeriodEvents.AsNoTracking().OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => new Event(e.PeriodId, e.Action, e.Reason, e.At, e.By)).ToListAsync(ct);
        return new Overview(current, rows, events);
    }
}
