using ChainChief.Web.Data;
using ChainChief.Web.Data.Seed.Demo;
using ChainChief.Web.Features.Chains;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChainChief.Bench;

/// <summary>
/// Chain health at province scale, worst case: the nine demo chain maps on the imported registry with <b>every</b>
/// firm whose GB/T 4754 code matches a leaf node placed on it (the demo places at most six per node), then the chain
/// list (all nine chains' node states and metrics) and the biggest chain's page, as the city office sees them.
/// </summary>
internal static class ChainBench
{
    public static async Task RunAsync(BenchDatabase database, string target, Report report)
    {
        var (placements, biggest) = await SeedAsync(database);
        var office = Actor.System with { RegionScope = "61" };
        var list = database.Services.GetRequiredService<ListChains>();
        var get = database.Services.GetRequiredService<GetChain>();
        await report.LatencyAsync(target, $"Chain list: 9 chains' node states + metrics over {placements:N0} placements", () => list.HandleAsync(office, CancellationToken.None), runs: 10);
        await report.LatencyAsync(target, $"Chain page: {biggest.Name} ({biggest.Placements:N0} placements, {biggest.Nodes} nodes)",
            () => get.HandleAsync(biggest.Id, office, CancellationToken.None), runs: 10);
    }

    internal sealed record Biggest(int Id, string Name, int Placements, int Nodes);

    internal static async Task<(int Placements, Biggest Biggest)> SeedAsync(BenchDatabase database)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.ActingAs(Actor.System);
        var firms = await db.Enterprises.AsNoTracking().Select(e => new { e.Id, e.IndustryCode }).ToListAsync();
        var total = 0;
        Biggest? biggest = null;
        var maps = DemoChainMaps.Load();
        for (var i = 0; i < maps.Count; i++)
        {
            var chain = new Chain { Name = maps[i].Chain, RegionCode = "61", SortOrder = i };
            db.Chains.Add(chain);
            await db.SaveChangesAsync();
            var nodes = await ImportChainMap.AddNodesAndEdgesAsync(db, chain.Id, maps[i], CancellationToken.None);
            var parents = nodes.Values.Where(n => n.ParentId is not null).Select(n => n.ParentId).ToHashSet();
            var placed = new List<NodeFirm>();
            foreach (var node in nodes.Values.Where(n => !parents.Contains(n.Id)))
            {
                var codes = node.IndustryCodeList;
                placed.AddRange(firms.Where(f => codes.Any(c => f.IndustryCode.StartsWith(c, StringComparison.Ordinal)))
                    .Select(f => new NodeFirm { ChainId = chain.Id, NodeId = node.Id, EnterpriseId = f.Id, Role = NodeFirmRole.Supporting }));
            }
            db.NodeFirms.AddRange(placed);
            db.EnterpriseChains.AddRange(placed.Select(p => p.EnterpriseId).Distinct().Select(id => new EnterpriseChain { ChainId = chain.Id, EnterpriseId = id }));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            total += placed.Count;
            if (biggest is null || placed.Count > biggest.Placements)
            {
                biggest = new Biggest(chain.Id, chain.Name, placed.Count, nodes.Count);
            }
        }
        return (total, biggest!);
    }
}
