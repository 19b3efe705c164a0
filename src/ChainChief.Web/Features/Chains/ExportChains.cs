using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Chains;

/// <summary>Excel exports of the chain list and of one chain's node list with computed states.</summary>
public sealed class ExportChains(IDbContextFactory<AppDbContext> dbs, ListChains list, GetChain get)
{
    public async Task<byte[]> ListAsync(Actor actor, CancellationToken ct)
    {
        var rows = await list.HandleAsync(actor, ct);
        var names = rows.ToDictionary(r => r.Id, r => r.Name);
        return await Write("产业链", rows.Select(r => ExcelWorkbook.Row(
            ("产业链", r.Name), ("上级产业链", r.ParentId is { } p ? names.GetValueOrDefault(p) : null), ("链长", r.Chiefs),
            ("执行链长部门", r.ExecutiveDepartment), ("承载园区", r.HostParks), ("链主企业", r.ChainOwners), ("企业数", r.Firms),
            ("节点数", r.Nodes), ("空白点", r.NodesByState[NodeState.Blank]), ("断点", r.NodesByState[NodeState.Broken]),
            ("薄弱点", r.NodesByState[NodeState.Weak]), ("优势节点", r.NodesByState[NodeState.Strong]),
            ("节点覆盖率", Math.Round(r.Coverage, 4)), ("本地配套率", Math.Round(r.LocalSupplyRate, 4)))), ct);
    }

    public async Task<byte[]?> NodesAsync(int chainId, Actor actor, CancellationToken ct)
    {
        if (await get.HandleAsync(chainId, actor, ct) is not { } chain)
        {
            return null;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var firms = (await (from f in db.NodeFirms
                            join e in db.Enterprises.VisibleTo(actor) on f.EnterpriseId equals e.Id
                            where f.ChainId == chainId
                            select new { f.NodeId, e.Name, f.Role }).ToListAsync(ct))
            .ToLookup(f => f.NodeId, f => $"{f.Name}（{ChainLabels.Of(f.Role)}）");
        return await Write("节点", chain.Nodes.Select(n => ExcelWorkbook.Row(
            ("环节", ChainLabels.Of(n.Segment)), ("节点", n.Name), ("上级节点", n.ParentName), ("关键环节", n.IsKey ? "是" : "否"),
            ("状态", ChainLabels.Of(n.State)), ("原因", n.Reason), ("在营企业数", n.OperatingFirms), ("主要产品", n.KeyProducts),
            ("行业代码", string.Join(",", n.IndustryCodes)), ("本地企业", string.Join("、", firms[n.Id])))), ct);
    }

    private static Task<byte[]> Write(string sheet, IEnumerable<IDictionary<string, object?>> rows, CancellationToken ct) =>
        ExcelWorkbook.WriteSheetAsync(sheet, rows, ct);
}
