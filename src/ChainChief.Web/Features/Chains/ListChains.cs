using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Chains;

/// <summary>The chains the actor can see, in display order, with their organisation and health at a glance.</summary>
public sealed class ListChains(IDbContextFactory<AppDbContext> dbs, ChainHealthReader health)
{
    public sealed record Row(int Id, string Name, int? ParentId, string Chiefs, string? ExecutiveDepartment, string HostParks,
        string ChainOwners, int Firms, int Nodes, IReadOnlyDictionary<NodeState, int> NodesByState, decimal Coverage,
        decimal LocalSupplyRate, ChainHealthReader.TierCounts Tiers);

    public async Task<IReadOnlyList<Row>> HandleAsync(Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var chains = await db.Chains.AsNoTracking().VisibleTo(actor).Include(c => c.Members).Include(c => c.Parties).AsSplitQuery()
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(ct);
        var ids = chains.Select(c => c.Id).ToList();
        var firms = await db.EnterpriseChains.Where(m => ids.Contains(m.ChainId)).GroupBy(m => m.ChainId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var departments = await db.Departments.ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var views = await health.ReadAsync(db, ids, ct);
        return [.. chains.Select(c =>
        {
            var v = views[c.Id];
            return new Row(c.Id, c.Name, c.ParentId,
                Join(c.Members.Where(m => m.Role is ChainMemberRole.Chief or ChainMemberRole.GeneralChief).OrderBy(m => m.Role).Select(m => m.Name)),
                c.ExecutiveDepartmentId is { } d ? departments.GetValueOrDefault(d) : null,
                Join(c.Parties.Where(p => p.Kind == ChainPartyKind.HostPark).OrderBy(p => p.SortOrder).Select(p => p.Name)),
                Join(c.Parties.Where(p => p.Kind == ChainPartyKind.ChainOwner).OrderBy(p => p.SortOrder).Select(p => p.Name)),
                firms.GetValueOrDefault(c.Id), v.Metrics.Nodes, v.Metrics.ByState, v.Metrics.Coverage, v.Metrics.LocalSupplyRate, v.Tiers);
        })];
    }

    public sealed record Option(int Id, string Name);

    /// <summary>Just names, for pickers and filters.</summary>
    public async Task<IReadOnlyList<Option>> NamesAsync(Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Chains.AsNoTracking().VisibleTo(actor).OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new Option(c.Id, c.Name)).ToListAsync(ct);
    }

    private static string Join(IEnumerable<string> names) => string.Join("、", names);
}
