using ChainChief.Web.Data;
using ChainChief.Web.Features.Appeals;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Service;

/// <summary>Visit logs the actor may see, newest first; one visit with its problems and the appeals they became.</summary>
public sealed class ListVisits(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Query
    {
        public int? EnterpriseId { get; init; }
        /// <summary>Only visits that found a risk of leaving or shrinking at least this high.</summary>
        public RiskLevel? Risk { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    public sealed record Row(int Id, int EnterpriseId, string FirmName, DateOnly VisitedOn, VisitKind Kind, string VisitorName, ExpansionPlan Expansion,
        RiskLevel LeavingRisk, RiskLevel ShrinkingRisk, int Problems, int Appeals);

    public sealed record Problem(int Id, AppealCategory Category, string Description, int? AppealId, AppealState? AppealState);

    public sealed record Detail(int Id, int EnterpriseId, string FirmName, DateOnly VisitedOn, VisitKind Kind, string VisitorName, string Summary,
        ExpansionPlan Expansion, string? ExpansionNote, RiskLevel LeavingRisk, RiskLevel ShrinkingRisk, string? RiskNote, IReadOnlyList<Problem> Problems);

    public async Task<PagedList<Row>> HandleAsync(Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var visits = db.Visits.AsNoTracking().VisibleTo(db, actor);
        if (query.EnterpriseId is { } firm)
        {
            visits = visits.Where(v => v.EnterpriseId == firm);
        }
        if (query.Risk is { } risk)
        {
            visits = visits.Where(v => v.LeavingRisk >= risk || v.ShrinkingRisk >= risk);
        }
        var rows = from v in visits
                   join e in db.Enterprises on v.EnterpriseId equals e.Id
                   orderby v.VisitedOn descending, v.Id descending
                   select new Row(v.Id, v.EnterpriseId, e.Name, v.VisitedOn, v.Kind, v.VisitorName, v.Expansion, v.LeavingRisk, v.ShrinkingRisk,
                       v.Problems.Count, v.Problems.Count(p => p.AppealId != null));
        return await PagedList<Row>.CreateAsync(rows, query.Page ?? 1, query.PageSize ?? 20, ct);
    }

    public async Task<Detail?> GetAsync(int id, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var v = await db.Visits.AsNoTracking().VisibleTo(db, actor).Include(x => x.Problems).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (v is null)
        {
            return null;
        }
        var firm = await db.Enterprises.Where(e => e.Id == v.EnterpriseId).Select(e => e.Name).SingleAsync(ct);
        var appealIds = v.Problems.Where(p => p.AppealId != null).Select(p => p.AppealId!.Value).ToList();
        var states = await db.Appeals.Where(a => appealIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.State, ct);
        return new Detail(v.Id, v.EnterpriseId, firm, v.VisitedOn, v.Kind, v.VisitorName, v.Summary, v.Expansion, v.ExpansionNote, v.LeavingRisk,
            v.ShrinkingRisk, v.RiskNote, [.. v.Problems.OrderBy(p => p.Id).Select(p => new Problem(p.Id, p.Category, p.Description, p.AppealId,
                p.AppealId is { } a && states.TryGetValue(a, out var s) ? s : null))]);
    }
}
