using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Chains;

/// <summary>One chain: organisation, thresholds, map with computed node states, and chain metrics. Null when not visible.</summary>
public sealed class GetChain(IDbContextFactory<AppDbContext> dbs, ChainHealthReader health)
{
    public sealed record Detail(int Id, string Name, int? ParentId, string? ParentName, string RegionCode, string? Description,
        int? ExecutiveDepartmentId, string? ExecutiveDepartment, IReadOnlyList<DepartmentRef> ResponsibleDepartments,
        IReadOnlyList<MemberRow> Members, IReadOnlyList<PartyRow> Parties, IReadOnlyList<SubChain> SubChains,
        ChainHealthSettings Health, int Version, IReadOnlyList<NodeRow> Nodes, IReadOnlyList<EdgeRow> Edges,
        ChainMetrics.Result Metrics, ChainHealthReader.TierCounts Tiers, int MemberFirms);

    public sealed record DepartmentRef(int Id, string Name);
    public sealed record MemberRow(ChainMemberRole Role, string Name, string? Position);
    public sealed record PartyRow(ChainPartyKind Kind, string Name, int? EnterpriseId);
    public sealed record SubChain(int Id, string Name);
    public sealed record NodeRow(int Id, string Name, ChainSegment Segment, int? ParentId, string? ParentName, string? KeyProducts,
        IReadOnlyList<string> IndustryCodes, bool IsKey, NodeState State, string Reason, int OperatingFirms, int DirectFirms, int Version);
    public sealed record EdgeRow(int Id, int From, int To);

    public async Task<Detail?> HandleAsync(int id, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var chain = await db.Chains.AsNoTracking().VisibleTo(actor).Include(c => c.Members).Include(c => c.Parties)
            .Include(c => c.ResponsibleDepartments).AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (chain is null)
        {
            return null;
        }
        var departmentIds = chain.ResponsibleDepartments.Select(d => d.DepartmentId).Append(chain.ExecutiveDepartmentId ?? 0).ToList();
        var departments = await db.Departments.Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var parent = chain.ParentId is { } p ? await db.Chains.Where(c => c.Id == p).Select(c => c.Name).SingleOrDefaultAsync(ct) : null;
        var subChains = await db.Chains.Where(c => c.ParentId == id).OrderBy(c => c.SortOrder).Select(c => new SubChain(c.Id, c.Name)).ToListAsync(ct);
        var edges = await db.ChainEdges.AsNoTracking().Where(e => e.ChainId == id).OrderBy(e => e.Id)
            .Select(e => new EdgeRow(e.Id, e.FromNodeId, e.ToNodeId)).ToListAsync(ct);
        var memberFirms = await db.EnterpriseChains.CountAsync(m => m.ChainId == id, ct);
        var view = (await health.ReadAsync(db, [id], ct))[id];
        var names = view.Nodes.ToDictionary(n => n.Node.Id, n => n.Node.Name);
        var nodes = view.Nodes.Select(v => new NodeRow(v.Node.Id, v.Node.Name, v.Node.Segment, v.Node.ParentId,
            v.Node.ParentId is { } pid ? names.GetValueOrDefault(pid) : null, v.Node.KeyProducts, v.Node.IndustryCodeList, v.Node.IsKey,
            v.Health.State, v.Health.Reason, v.Health.OperatingFirms, v.DirectFirms, v.Node.Version)).ToList();
        return new Detail(chain.Id, chain.Name, chain.ParentId, parent, chain.RegionCode, chain.Description, chain.ExecutiveDepartmentId,
            chain.ExecutiveDepartmentId is { } e ? departments.GetValueOrDefault(e) : null,
            [.. chain.ResponsibleDepartments.Where(d => departments.ContainsKey(d.DepartmentId)).Select(d => new DepartmentRef(d.DepartmentId, departments[d.DepartmentId]))],
            [.. chain.Members.OrderBy(m => m.Role).ThenBy(m => m.SortOrder).Select(m => new MemberRow(m.Role, m.Name, m.Position))],
            [.. chain.Parties.OrderBy(x => x.Kind).ThenBy(x => x.SortOrder).Select(x => new PartyRow(x.Kind, x.Name, x.EnterpriseId))],
            subChains, chain.Health, chain.Version, nodes, edges, view.Metrics, view.Tiers, memberFirms);
    }
}
