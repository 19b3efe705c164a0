using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Chains;

/// <summary>
/// Loads what <see cref="NodeHealth"/> needs for a set of chains (nodes, the firms on them, their status history) and
/// computes every node's state and the chain metrics. Node state is a fact about the whole chain, so it is computed
/// from all firms on the node whoever is looking; lists of firm names are scoped separately.
/// </summary>
public sealed class ChainHealthReader(TimeProvider clock)
{
    public sealed record NodeView(ChainNode Node, NodeHealth.Result Health, int DirectFirms);

    public sealed record TierCounts(int ChainOwners, int Leading, int Supporting, int AboveScale);

    public sealed record ChainView(int ChainId, IReadOnlyList<NodeView> Nodes, ChainMetrics.Result Metrics, TierCounts Tiers);

    private sealed record Placement(int NodeId, int EnterpriseId, NodeFirmRole Role, EnterpriseScale Scale);

    public async Task<IReadOnlyDictionary<int, ChainView>> ReadAsync(AppDbContext db, IReadOnlyCollection<int> chainIds, CancellationToken ct)
    {
        var ids = chainIds.ToList();
        var settings = await db.Chains.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Health, ct);
        var nodes = await db.ChainNodes.AsNoTracking().Where(n => ids.Contains(n.ChainId))
            .OrderBy(n => n.SortOrder).ThenBy(n => n.Id).ToListAsync(ct);
        var placements = await (from nf in db.NodeFirms
                                join e in db.Enterprises on nf.EnterpriseId equals e.Id
                                where ids.Contains(nf.ChainId)
                                select new Placement(nf.NodeId, nf.EnterpriseId, nf.Role, e.Scale)).ToListAsync(ct);
        var history = (await db.EnterpriseStatusChanges.AsNoTracking()
                .Where(h => db.NodeFirms.Any(nf => nf.EnterpriseId == h.EnterpriseId && ids.Contains(nf.ChainId)))
                .OrderBy(h => h.Id).Select(h => new { h.EnterpriseId, h.To, h.EffectiveOn }).ToListAsync(ct))
            .ToLookup(h => h.EnterpriseId, h => (h.To, h.EffectiveOn));
        var today = clock.Today();
        var revenue = await Revenue12mAsync(db, ids, today, ct);
        var nodesByChain = nodes.ToLookup(n => n.ChainId);
        return ids.Distinct().ToDictionary(id => id,
            id => Compute(id, [.. nodesByChain[id]], placements, history, revenue, settings.GetValueOrDefault(id) ?? new(), today));
    }

    /// <summary>Each placed firm's 营业收入 over the last twelve reported months (up to last month), from monthly
    /// statistics; firms without reports are absent, so a node of only unreported firms has no revenue figure.</summary>
    private static async Task<Dictionary<int, decimal>> Revenue12mAsync(AppDbContext db, List<int> ids, DateOnly today, CancellationToken ct)
    {
        var last = Periods.Previous(Periods.Of(today));
        var first = Periods.AddMonths(last, -11);
        return await db.MonthlyReports.Where(r => r.Period >= first && r.Period <= last)
            .Where(r => db.NodeFirms.Any(nf => nf.EnterpriseId == r.EnterpriseId && ids.Contains(nf.ChainId)))
            .GroupBy(r => r.EnterpriseId).Select(g => new { g.Key, Revenue = g.Sum(r => r.Revenue) })
            .ToDictionaryAsync(g => g.Key, g => g.Revenue, ct);
    }

    private static ChainView Compute(int chainId, List<ChainNode> nodes, List<Placement> placements, ILookup<int, (OperatingStatus, DateOnly)> history,
        Dictionary<int, decimal> revenue, ChainHealthSettings settings, DateOnly today)
    {
        var nodeIds = nodes.Select(n => n.Id).ToHashSet();
        var byNode = placements.Where(p => nodeIds.Contains(p.NodeId)).ToLookup(p => p.NodeId);
        var children = nodes.Where(n => n.ParentId is not null).ToLookup(n => n.ParentId!.Value);
        NodeHealth.FirmFacts Facts(Placement p) =>
            new(p.EnterpriseId, p.Role, p.Scale, [.. history[p.EnterpriseId]], revenue.TryGetValue(p.EnterpriseId, out var r) ? r : null);
        // The chain's revenue counts each operating firm on its map once, however many nodes it sits on.
        var chainFirms = placements.Where(p => nodeIds.Contains(p.NodeId)).Select(p => p.EnterpriseId).Distinct()
            .Where(id => revenue.ContainsKey(id)).ToList();
        decimal? chainRevenue = chainFirms.Count == 0 ? null : chainFirms.Sum(id => revenue[id]);
        var views = nodes.Select(n =>
        {
            // A parent node is supplied by whatever supplies its sub-nodes; a firm counts once, with its strongest role.
            var firms = Subtree(n.Id, children).SelectMany(id => byNode[id])
                .GroupBy(p => p.EnterpriseId).Select(g => g.MinBy(p => p.Role)!).Select(Facts).ToList();
            return new NodeView(n, NodeHealth.Evaluate(firms, settings, chainRevenue, today), byNode[n.Id].Count());
        }).ToList();
        var metrics = ChainMetrics.Compute([.. views.Select(v => new ChainMetrics.NodeInput(v.Node.Id, v.Node.ParentId, v.Node.IsKey, v.Health.State))],
            settings.KeyNodeWeight);
        var operating = placements.Where(p => nodeIds.Contains(p.NodeId))
            .Where(p => NodeHealth.StatusOn(Facts(p), today) == OperatingStatus.Operating)
            .GroupBy(p => p.EnterpriseId).Select(g => g.MinBy(p => p.Role)!).ToList();
        var tiers = new TierCounts(operating.Count(p => p.Role == NodeFirmRole.ChainOwner), operating.Count(p => p.Role == NodeFirmRole.Leading),
            operating.Count(p => p.Role == NodeFirmRole.Supporting), operating.Count(p => p.Scale == EnterpriseScale.AboveScale));
        return new ChainView(chainId, views, metrics, tiers);
    }

    private static HashSet<int> Subtree(int id, ILookup<int, ChainNode> children)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<int>([id]);
        while (stack.TryPop(out var next))
        {
            if (seen.Add(next))
            {
                foreach (var child in children[next])
                {
                    stack.Push(child.Id);
                }
            }
        }
        return seen;
    }
}
