using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Cockpit;

/// <summary>A reporting firm as the cockpit groups it. Chains include the parents of its sub-chains and nodes the parents
/// of its nodes, so a chain's or a node's figures roll up from below.</summary>
public sealed record FirmInfo(int Id, string Name, string County, string? Park, string Industry, EnterpriseScale Scale,
    IReadOnlyList<int> Chains, IReadOnlyList<int> Nodes);

public sealed record ChainInfo(int Id, string Name, int? ParentId, string RegionCode, int SortOrder);

public sealed record NodeInfo(int Id, int ChainId, int? ParentId, string Name, int SortOrder);

/// <summary>
/// The registry facts of every firm that has monthly reports, and the chains and nodes they sit on: four bulk queries,
/// shared by every period's snapshot and every trend.
/// </summary>
public sealed class FirmDirectory
{
    private FirmDirectory(Dictionary<int, FirmInfo> firms, Dictionary<int, ChainInfo> chains, Dictionary<int, NodeInfo> nodes)
    {
        Firms = firms;
        Chains = chains;
        Nodes = nodes;
    }

    public IReadOnlyDictionary<int, FirmInfo> Firms { get; }
    public IReadOnlyDictionary<int, ChainInfo> Chains { get; }
    public IReadOnlyDictionary<int, NodeInfo> Nodes { get; }

    /// <summary>Whether the chain is the ancestor or one of its sub-chains (a sub-chain's figures count in its parent).</summary>
    public bool IsWithin(int chainId, int ancestorId)
    {
        int? id = chainId;
        for (var depth = 0; id is { } c && depth < 32; depth++)
        {
            if (c == ancestorId)
            {
                return true;
            }
            id = Chains.GetValueOrDefault(c)?.ParentId;
        }
        return false;
    }

    public static async Task<FirmDirectory> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var chains = await db.Chains.AsNoTracking()
            .Select(c => new ChainInfo(c.Id, c.Name, c.ParentId, c.RegionCode, c.SortOrder)).ToDictionaryAsync(c => c.Id, ct);
        var nodes = await db.ChainNodes.AsNoTracking()
            .Select(n => new NodeInfo(n.Id, n.ChainId, n.ParentId, n.Name, n.SortOrder)).ToDictionaryAsync(n => n.Id, ct);
        var firms = await db.Enterprises.AsNoTracking().Where(e => db.MonthlyReports.Any(r => r.EnterpriseId == e.Id))
            .Select(e => new { e.Id, e.Name, e.CountyCode, e.Park, e.IndustryCode, e.Scale }).ToListAsync(ct);
        var members = (await db.EnterpriseChains.AsNoTracking().Select(m => new { m.EnterpriseId, m.ChainId }).ToListAsync(ct))
            .ToLookup(m => m.EnterpriseId, m => m.ChainId);
        var placed = (await db.NodeFirms.AsNoTracking().Select(p => new { p.EnterpriseId, p.ChainId, p.NodeId }).ToListAsync(ct))
            .ToLookup(p => p.EnterpriseId);
        var directory = firms.ToDictionary(f => f.Id, f => new FirmInfo(f.Id, f.Name, f.CountyCode, f.Park, f.IndustryCode, f.Scale,
            Closure(members[f.Id].Concat(placed[f.Id].Select(p => p.ChainId)), id => chains.GetValueOrDefault(id)?.ParentId),
            Closure(placed[f.Id].Select(p => p.NodeId), id => nodes.GetValueOrDefault(id)?.ParentId)));
        return new FirmDirectory(directory, chains, nodes);
    }

    /// <summary>The ids and all their ancestors, each once; a cycle in bad data stops at the first repeat.</summary>
    private static int[] Closure(IEnumerable<int> ids, Func<int, int?> parent)
    {
        var all = new HashSet<int>();
        foreach (var id in ids)
        {
            int? next = id;
            while (next is { } n && all.Add(n))
            {
                next = parent(n);
            }
        }
        return [.. all];
    }
}
