using ChainChief.Web.Infrastructure;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Chains;

/// <summary>
/// Replaces a chain's map (nodes, edges, firms on nodes) with a map prepared elsewhere. The whole file is checked first;
/// any problem is a 400 listing every one with its place, and nothing is written. Firms placed on the map join the chain.
/// </summary>
public sealed class ImportChainMap(IDbContextFactory<AppDbContext> dbs, ReferenceData reference)
{
    public sealed record Result(int Nodes, int Edges, int Firms);

    // locate names a problem's place for the user: a JSON item, or an Excel row and column.
    public async Task<Result?> HandleAsync(int chainId, ChainMapDocument map, Func<ChainMapValidator.Problem, string> locate, Actor actor, CancellationToken ct)
    {
        if (!ChainScope.CanManage(actor))
        {
            throw new AccessDeniedException("只有链长办可以导入产业链图谱");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await db.Chains.VisibleTo(actor).AnyAsync(c => c.Id == chainId, ct))
        {
            return null;
        }
        var codes = map.Firms.Select(f => f.CreditCode?.Trim().ToUpperInvariant() ?? "").Distinct().ToList();
        var firms = await db.Enterprises.Where(e => codes.Contains(e.CreditCode)).ToDictionaryAsync(e => e.CreditCode, e => e.Id, ct);
        var problems = ChainMapValidator.Validate(map, c => reference.Industry(c) is not null, firms.ContainsKey);
        if (problems.Count > 0)
        {
            throw new InputException(problems.GroupBy(locate).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }
        db.ActingAs(actor);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await ClearAsync(db, chainId, ct);
        var nodes = await AddNodesAndEdgesAsync(db, chainId, map, ct);
        var placed = map.Firms.Select(f => new NodeFirm
        {
            ChainId = chainId, NodeId = nodes[f.Node.Trim()].Id, EnterpriseId = firms[f.CreditCode.Trim().ToUpperInvariant()],
            Role = ChainLabels.ParseRole(f.Role)!.Value,
        }).ToList();
        db.NodeFirms.AddRange(placed);
        await JoinChainAsync(db, chainId, placed.Select(p => p.EnterpriseId), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new Result(nodes.Count, map.Edges.Count, placed.Count);
    }

    /// <summary>Writes a checked map's nodes (with parents) and edges to an empty chain; the demo seeder uses it too.</summary>
    public static async Task<Dictionary<string, ChainNode>> AddNodesAndEdgesAsync(AppDbContext db, int chainId, ChainMapDocument map, CancellationToken ct)
    {
        var nodes = map.Nodes.Select((n, i) => new ChainNode
        {
            ChainId = chainId, Name = n.Name.Trim(), Segment = ChainLabels.ParseSegment(n.Segment)!.Value, KeyProducts = n.KeyProducts.TrimToNull(),
            IndustryCodes = string.Join(",", n.IndustryCodes.Select(c => c.Trim())), IsKey = n.IsKey, SortOrder = i + 1,
        }).ToDictionary(n => n.Name);
        db.ChainNodes.AddRange(nodes.Values);
        await db.SaveChangesAsync(ct);
        foreach (var n in map.Nodes.Where(n => !string.IsNullOrWhiteSpace(n.Parent)))
        {
            nodes[n.Name.Trim()].ParentId = nodes[n.Parent!.Trim()].Id;
        }
        db.ChainEdges.AddRange(map.Edges.Select(e => new ChainEdge { ChainId = chainId, FromNodeId = nodes[e.From.Trim()].Id, ToNodeId = nodes[e.To.Trim()].Id }));
        await db.SaveChangesAsync(ct);
        return nodes;
    }

    /// <summary>Firms on a chain's map are members of the chain (the registry's chain filter finds them).</summary>
    public static async Task JoinChainAsync(AppDbContext db, int chainId, IEnumerable<int> enterpriseIds, CancellationToken ct)
    {
        var ids = enterpriseIds.Distinct().ToList();
        var members = await db.EnterpriseChains.Where(m => m.ChainId == chainId && ids.Contains(m.EnterpriseId)).Select(m => m.EnterpriseId).ToListAsync(ct);
        db.EnterpriseChains.AddRange(ids.Except(members).Select(id => new EnterpriseChain { ChainId = chainId, EnterpriseId = id }));
    }

    private static async Task ClearAsync(AppDbContext db, int chainId, CancellationToken ct)
    {
        db.NodeFirms.RemoveRange(await db.NodeFirms.Where(f => f.ChainId == chainId).ToListAsync(ct));
        db.ChainEdges.RemoveRange(await db.ChainEdges.Where(e => e.ChainId == chainId).ToListAsync(ct));
        var old = await db.ChainNodes.Where(n => n.ChainId == chainId).ToListAsync(ct);
        old.ForEach(n => n.ParentId = null);
        await db.SaveChangesAsync(ct);
        db.ChainNodes.RemoveRange(old);
        await db.SaveChangesAsync(ct);
    }

}
