using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Appeals;

/// <summary>The appeals the actor may see, newest first, with each one's clock: overdue ones are flagged.</summary>
public sealed class ListAppeals(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    public sealed record Query
    {
        public AppealState? State { get; init; }
        /// <summary>Only those past their deadline (or not signed for by close of business) and still open.</summary>
        public bool? Overdue { get; init; }
        /// <summary>Only those escalated at least this far on their current clock (2 = 督办一级 and above).</summary>
        public EscalationLevel? Escalation { get; init; }
        public int? DepartmentId { get; init; }
        public int? EnterpriseId { get; init; }
        /// <summary>Division-code prefix: a county, or a city within the actor's region (the cockpit's scope).</summary>
        public string? Region { get; init; }
        /// <summary>Only firms on this chain.</summary>
        public int? ChainId { get; init; }
        /// <summary>"clock": the longest past its clock first (the overdue list); otherwise the newest first.</summary>
        public string? Sort { get; init; }
        /// <summary>Title, firm name or code.</summary>
        public string? Q { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    public sealed record Row(int Id, string Code, string Title, int EnterpriseId, string FirmName, string CountyCode, AppealCategory Category,
        AppealClass Class, AppealState State, int? DepartmentId, string? DepartmentName, DateTime SubmittedAt, DateTime SignInDue, DateTime? Deadline, bool Overdue, EscalationLevel? Escalation);

    public async Task<PagedList<Row>> HandleAsync(Query query, Actor actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var appeals = db.Appeals.AsNoTracking().VisibleTo(actor);
        if (query.State is { } state)
        {
            appeals = appeals.Where(a => a.State == state);
        }
        if (query.DepartmentId is { } dept)
        {
            appeals = appeals.Where(a => a.DepartmentId == dept);
        }
        if (query.EnterpriseId is { } firm)
        {
            appeals = appeals.Where(a => a.EnterpriseId == firm);
        }
        if (query.Region?.Trim() is { Length: > 0 } region)
        {
            appeals = appeals.Where(a => a.CountyCode.StartsWith(region));
        }
        if (query.ChainId is { } chain)
        {
            appeals = appeals.Where(a => db.Enterprises.Any(e => e.Id == a.EnterpriseId && e.Chains.Any(c => c.ChainId == chain)));
        }
        // SQL's twin of AppealEscalationSchedule.ClockOf, written once: the sign-in while submitted, the deadline while
        // handled, none otherwise. Overdue, the escalation filter and the "clock" order all read it.
        var clocked = appeals.Select(a => new
        {
            a,
            Clock = a.State == AppealState.Submitted ? a.SignInDue
                : a.State == AppealState.Assigned || a.State == AppealState.InProgress ? a.Deadline : (DateTime?)null,
        });
        if (query.Overdue == true)
        {
            clocked = clocked.Where(x => x.Clock < now);
        }
        if (query.Escalation is { } level)
        {
            clocked = clocked.Where(x => db.AppealEscalations.Any(e => e.AppealId == x.a.Id && e.Level >= level && e.Due == x.Clock));
        }
        var rows = from x in clocked
                   let a = x.a
                   join e in db.Enterprises on a.EnterpriseId equals e.Id
                   join d in db.Departments on a.DepartmentId equals d.Id into ds
                   from d in ds.DefaultIfEmpty()
                   select new { a, x.Clock, FirmName = e.Name, DepartmentName = d == null ? null : d.Name };
        if (query.Q?.Trim() is { Length: > 0 } q)
        {
            rows = rows.Where(r => r.a.Title.Contains(q) || r.FirmName.Contains(q));
        }
        // "clock": stopped clocks last, the same on both databases.
        var ordered = query.Sort == "clock"
            ? rows.OrderBy(r => r.Clock == null ? 1 : 0).ThenBy(r => r.Clock).ThenBy(r => r.a.Id)
            : rows.OrderByDescending(r => r.a.SubmittedAt).ThenByDescending(r => r.a.Id);
        var page = await PagedList<Row>.CreateAsync(ordered
            .Select(r => new Row(r.a.Id, "", r.a.Title, r.a.EnterpriseId, r.FirmName, r.a.CountyCode, r.a.Category, r.a.Class, r.a.State,
                r.a.DepartmentId, r.DepartmentName, r.a.SubmittedAt, r.a.SignInDue, r.a.Deadline, false, null)),
            Math.Max(1, query.Page ?? 1), Math.Clamp(query.PageSize ?? 20, 1, PagedList<Row>.MaxPageSize), ct);
        // The page's clocks and escalations: the current clock is decided in one place (AppealEscalationSchedule.ClockOf).
        var ids = page.Items.Select(r => r.Id).ToList();
        var fired = (await db.AppealEscalations.AsNoTracking().Where(e => ids.Contains(e.AppealId)).Select(e => new { e.AppealId, e.Due, e.Level }).ToListAsync(ct))
            .ToLookup(e => e.AppealId);
        Row Complete(Row r)
        {
            var clockDue = AppealEscalationSchedule.ClockOf(r.State, r.SignInDue, r.Deadline);
            return r with
            {
                Code = Appeal.CodeOf(r.SubmittedAt, r.Id), Overdue = clockDue < now,
                Escalation = fired[r.Id].Where(e => e.Due == clockDue).Max(e => (EscalationLevel?)e.Level),
            };
        }
        return page with { Items = [.. page.Items.Select(Complete)] };
    }
}
