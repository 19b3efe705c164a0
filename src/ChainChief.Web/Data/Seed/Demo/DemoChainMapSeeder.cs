using ChainChief.Web.Features.Chains;
using ChainChief.Web.Features.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Data.Seed.Demo;

/// <summary>
/// Loads the nine chain-map templates and places each chain's generated firms on the leaf nodes whose GB/T 4754 codes
/// match theirs. Roles follow titles (链主 / 龙头). One node per chain keeps only a firm that stopped recently, so the
/// demo shows a 断点; nodes nobody matches stay 空白点, as in a real city.
/// </summary>
internal static class DemoChainMapSeeder
{
    private const int MaxFirmsPerNode = 6;

    private sealed record Candidate(int Id, string IndustryCode, EnterpriseScale Scale, OperatingStatus Status, bool Leading, bool Owner);

    public static async Task SeedAsync(AppDbContext db, IReadOnlyList<int> chainIds, int seed, DateOnly today, CancellationToken ct)
    {
        var maps = DemoChainMaps.Load();
        var firmsByChain = (await db.EnterpriseChains.AsNoTracking()
                .Join(db.Enterprises, m => m.EnterpriseId, e => e.Id, (m, e) => new
                {
                    m.ChainId, e.Id, e.IndustryCode, e.Scale, e.Status,
                    Leading = e.Tags.Any(t => t.Kind == EnterpriseTagKind.Leading),
                    Owner = e.Tags.Any(t => t.Kind == EnterpriseTagKind.ChainOwner),
                }).OrderBy(x => x.Id).ToListAsync(ct))
            .ToLookup(x => x.ChainId, x => new Candidate(x.Id, x.IndustryCode, x.Scale, x.Status, x.Leading, x.Owner));
        var stoppedRecently = (await db.EnterpriseStatusChanges.AsNoTracking()
                .Where(h => h.To != OperatingStatus.Operating && h.EffectiveOn > today.AddMonths(-20)).Select(h => h.EnterpriseId).ToListAsync(ct))
            .ToHashSet();
        for (var i = 0; i < maps.Count && i < chainIds.Count; i++)
        {
            var random = new Random(seed + i);
            var nodes = await ImportChainMap.AddNodesAndEdgesAsync(db, chainIds[i], maps[i], ct);
            var parents = nodes.Values.Where(n => n.ParentId is not null).Select(n => n.ParentId).ToHashSet();
            var pool = firmsByChain[chainIds[i]].ToList();
            var brokenPlanted = false;
            foreach (var node in nodes.Values.Where(n => !parents.Contains(n.Id)).OrderBy(n => n.SortOrder))
            {
                var codes = node.IndustryCodeList;
                var matches = pool.Where(f => codes.Any(c => f.IndustryCode.StartsWith(c, StringComparison.Ordinal))).ToList();
                if (matches.Count == 0)
                {
                    continue;
                }
                var chosen = matches.Where(f => f.Owner || f.Leading).Take(1)
                    .Concat(matches.OrderBy(_ => random.Next()).Take(random.Next(1, MaxFirmsPerNode + 1))).DistinctBy(f => f.Id).ToList();
                if (!brokenPlanted && matches.FirstOrDefault(f => stoppedRecently.Contains(f.Id)) is { } stopped)
                {
                    chosen = [stopped];
                    brokenPlanted = true;
                }
                db.NodeFirms.AddRange(chosen.Select(f => new NodeFirm
                {
                    ChainId = chainIds[i], NodeId = node.Id, EnterpriseId = f.Id,
                    Role = f.Owner ? NodeFirmRole.ChainOwner : f.Leading ? NodeFirmRole.Leading : NodeFirmRole.Supporting,
                }));
            }
            await db.SaveChangesAsync(ct);
        }
    }
}
