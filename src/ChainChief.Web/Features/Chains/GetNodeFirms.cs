using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Chains;

/// <summary>The firms on a node (and its sub-nodes) that the actor may see, leaders first. Null when the node is not visible.</summary>
public sealed class GetNodeFirms(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Row(int EnterpriseId, string Name, string CreditCode, string CountyCode, EnterpriseScale Scale,
        OperatingStatus Status, NodeFirmRole Role, int NodeId, string NodeName);

    public async Task<IReadOnlyList<Row>?> HandleAsync(int chainId, int nodeId, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var nodes = await db.ChainNodes.AsNoTracking().Where(n => n.ChainId == chainId && db.Chains.VisibleTo(actor).Any(c => c.Id == chainId))
            .Select(n => new { n.Id, n.ParentId, n.Name }).ToListAsync(ct);
        if (nodes.All(n => n.Id != nodeId))
        {
            return null;
        }
        var subtree = new HashSet<int> { nodeId };
        while (nodes.Where(n => n.ParentId is { } p && subtree.Contains(p) && !subtree.Contains(n.Id)).Select(n => n.Id).ToList() is { Count: > 0 } more)
        {
            subtree.UnionWith(more);
        }
        var ids = subtree.ToList();
        var names = nodes.ToDictionary(n => n.Id, n => n.Name);
        var rows = await (from f in db.NodeFirms
                          join e in db.Enterprises.VisibleTo(actor) on f.EnterpriseId equals e.Id
                          where ids.Contains(f.NodeId)
                          select new { e.Id, e.Name, e.CreditCode, e.CountyCode, e.Scale, e.Status, f.Role, f.NodeId }).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Role).ThenBy(r => r.Status).ThenByDescending(r => r.Scale).ThenBy(r => r.Name)
            .Select(r => new Row(r.Id, r.Name, r.CreditCode, r.CountyCode, r.Scale, r.Status, r.Role, r.NodeId, names[r.NodeId]))];
    }

    public sealed record Candidate(int EnterpriseId, string Name, string CountyCode, string IndustryCode, EnterpriseScale Scale);

    /// <summary>补链 suggestions: operating local firms whose industry matches one of the node's codes and that are not on it yet.</summary>
    public async Task<IReadOnlyList<Candidate>> CandidatesAsync(int chainId, int nodeId, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var codes = await db.ChainNodes.Where(n => n.Id == nodeId && n.ChainId == chainId && db.Chains.VisibleTo(actor).Any(c => c.Id == chainId))
            .Select(n => n.IndustryCodes).SingleOrDefaultAsync(ct);
        var prefixes = (codes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (prefixes.Length == 0)
        {
            return [];
        }
        var firms = db.Enterprises.AsNoTracking().VisibleTo(actor)
            .Where(e => e.Status == OperatingStatus.Operating && !db.NodeFirms.Any(f => f.NodeId == nodeId && f.EnterpriseId == e.Id));
        var matching = prefixes.Select(p => firms.Where(e => e.IndustryCode.StartsWith(p))).Aggregate(Queryable.Union);
        return await matching.OrderByDescending(e => e.Scale == EnterpriseScale.AboveScale).ThenByDescending(e => e.Employees).Take(20)
            .Select(e => new Candidate(e.Id, e.Name, e.CountyCode, e.IndustryCode, e.Scale)).ToListAsync(ct);
    }
}
