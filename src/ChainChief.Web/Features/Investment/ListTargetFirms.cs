using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Investment;

/// <summary>The target-firm library with filters, best first (priority, then tier, then name).</summary>
public sealed class ListTargetFirms(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Query
    {
        /// <summary>Part of the name.</summary>
        public string? Q { get; init; }
        public int? ChainId { get; init; }
        public int? NodeId { get; init; }
        public TargetTier? Tier { get; init; }
        public TargetPriority? Priority { get; init; }
        /// <summary>Headquarters under this division code (a province "44", a city "4403").</summary>
        public string? Hq { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    public sealed record Row(int Id, string Name, string HqRegionCode, string IndustryCode, TargetTier Tier, TargetPriority Priority,
        int? ChainId, string? ChainName, IReadOnlyList<string> Nodes, string? Source, string RegionCode, int OpenLeads, int Version);

    public async Task<PagedList<Row>> HandleAsync(Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var page = await PagedList<Row>.CreateAsync(Rows(db, query, actor), query.Page ?? 1, query.PageSize ?? 20, ct);
        return page with { Items = await WithNodeNamesAsync(db, page.Items, ct) };
    }

    public async Task<Row?> GetAsync(int id, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var row = await Project(db, db.TargetFirms.AsNoTracking().VisibleTo(actor).Where(t => t.Id == id)).SingleOrDefaultAsync(ct);
        return row is null ? null : (await WithNodeNamesAsync(db, [row], ct))[0];
    }

    /// <summary>Node ids of a target (for the edit form).</summary>
    public async Task<IReadOnlyList<int>> NodeIdsAsync(int id, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.TargetFirmNodes.Where(n => n.TargetFirmId == id).Select(n => n.NodeId).ToListAsync(ct);
    }

    /// <summary>Fills in the node names (a second small query: SQLite cannot order a nested collection in one).</summary>
    internal static async Task<IReadOnlyList<Row>> WithNodeNamesAsync(AppDbContext db, IReadOnlyList<Row> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var names = (await db.TargetFirmNodes.AsNoTracking().Where(n => ids.Contains(n.TargetFirmId))
                .Join(db.ChainNodes, t => t.NodeId, n => n.Id, (t, n) => new { t.TargetFirmId, n.Name, n.SortOrder }).ToListAsync(ct))
            .ToLookup(x => x.TargetFirmId);
        return [.. rows.Select(r => r with { Nodes = [.. names[r.Id].OrderBy(n => n.SortOrder).Select(n => n.Name)] })];
    }

    internal static IQueryable<Row> Rows(AppDbContext db, Query q, Actor actor)
    {
        var targets = db.TargetFirms.AsNoTracking().VisibleTo(actor);
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var text = q.Q.Trim();
            targets = targets.Where(t => t.Name.Contains(text));
        }
        if (q.ChainId is { } chain)
        {
            targets = targets.Where(t => t.ChainId == chain);
        }
        if (q.NodeId is { } node)
        {
            targets = targets.Where(t => t.Nodes.Any(n => n.NodeId == node));
        }
        if (q.Tier is { } tier)
        {
            targets = targets.Where(t => t.Tier == tier);
        }
        if (q.Priority is { } priority)
        {
            targets = targets.Where(t => t.Priority == priority);
        }
        if (!string.IsNullOrWhiteSpace(q.Hq))
        {
            var hq = q.Hq.Trim();
            targets = targets.Where(t => t.HqRegionCode.StartsWith(hq));
        }
        return Project(db, targets.OrderBy(t => t.Priority == TargetPriority.High ? 0 : t.Priority == TargetPriority.Medium ? 1 : 2)
            .ThenBy(t => t.Tier == TargetTier.Top500 ? 0 : t.Tier == TargetTier.CentralSoe ? 1 : t.Tier == TargetTier.Listed ? 2 : t.Tier == TargetTier.LittleGiant ? 3 : 4)
            .ThenBy(t => t.Name).ThenBy(t => t.Id));
    }

    private static IQueryable<Row> Project(AppDbContext db, IQueryable<TargetFirm> targets) =>
        targets.Select(t => new Row(t.Id, t.Name, t.HqRegionCode, t.IndustryCode, t.Tier, t.Priority, t.ChainId,
            db.Chains.Where(c => c.Id == t.ChainId).Select(c => c.Name).FirstOrDefault(),
            Array.Empty<string>(),
            t.Source, t.RegionCode, db.Leads.Count(l => l.TargetFirmId == t.Id && l.Stage != LeadStage.Converted && l.Stage != LeadStage.Dropped), t.Version));
}
