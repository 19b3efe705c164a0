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
        /// <summary>Title, firm name or code.</summary>
        public string? Q { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    public sealed record Row(int Id, string Code, string Title, int EnterpriseId, string FirmName, string CountyCode, AppealCategory Category,
        AppealClass Class, AppealState State, int? DepartmentId, string? DepartmentName, DateTime SubmittedAt, DateTime? Deadline, bool Overdue, EscalationLevel? Escalation);

    public async Task<PagedList<Row>> HandleAsync(Query query, Actor actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var appeals = db.Appeals.AsNoTracking().VisibleTo(actor);
        if (query.State is { } state)
        {
            appeals = appeals.Where(a => a.State == state);
        }
        if (query.Overdue == true)
        {
            appeals = appeals.Where(OverdueAt(now));
        }
        if (query.Escalation is { } level)
        {
            appeals = appeals.Where(a => db.AppealEscalations.Any(e => e.AppealId == a.Id && e.Level >= level
                && e.Due == (a.State == AppealState.Submitted ? a.SignInDue : a.Deadline)
                && (a.State == AppealState.Submitted || a.State == AppealState.Assigned || a.State == AppealState.InProgress)));
        }
        if (query.DepartmentId is { } dept)
        {
            appeals = appeals.Where(a => a.DepartmentId == dept);
        }
        if (query.EnterpriseId is { } firm)
        {
            appeals = appeals.Where(a => a.EnterpriseId == firm);
        }
        var rows = from a in appeals
                   join e in db.Enterprises on a.EnterpriseId equals e.Id
                   join d in db.Departments on a.DepartmentId equals d.Id into ds
                   from d in ds.DefaultIfEmpty()
                   select new { a, FirmName = e.Name, DepartmentName = d == null ? null : d.Name };
        if (query.Q?.Trim() is { Length: > 0 } q)
        {
            rows = rows.Where(r => r.a.Title.Contains(q) || r.FirmName.Contains(q));
        }
        var page = await PagedList<Row>.CreateAsync(rows.OrderByDescending(r => r.a.SubmittedAt).ThenByDescending(r => r.a.Id)
            .Select(r => new Row(r.a.Id, "", r.a.Title, r.a.EnterpriseId, r.FirmName, r.a.CountyCode, r.a.Category, r.a.Class, r.a.State,
                r.a.DepartmentId, r.DepartmentName, r.a.SubmittedAt, r.a.Deadline,
                ((r.a.State == AppealState.Assigned || r.a.State == AppealState.InProgress) && r.a.Deadline < now)
                || (r.a.State == AppealState.Submitted && r.a.SignInDue < now),
                r.a.State == AppealState.Submitted || r.a.State == AppealState.Assigned || r.a.State == AppealState.InProgress
                    ? db.AppealEscalations.Where(e => e.AppealId == r.a.Id && e.Due == (r.a.State == AppealState.Submitted ? r.a.SignInDue : r.a.Deadline))
                        .Max(e => (EscalationLevel?)e.Level)
                    : null)),
            Math.Max(1, query.Page ?? 1), Math.Clamp(query.PageSize ?? 20, 1, PagedList<Row>.MaxPageSize), ct);
        return page with { Items = [.. page.Items.Select(r => r with { Code = $"SQ{r.SubmittedAt:yyyyMMdd}-{r.Id}" })] };
    }

    /// <summary>Open and past its clock: a department's deadline, or the same-day sign-in.</summary>
    public static System.Linq.Expressions.Expression<Func<Appeal, bool>> OverdueAt(DateTime now) => a =>
        ((a.State == AppealState.Assigned || a.State == AppealState.InProgress) && a.Deadline < now)
        || (a.State == AppealState.Submitted && a.SignInDue < now);
}
