using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Chains;

/// <summary>Removes a node with its edges and firm placements; a node with sub-nodes must be emptied first.</summary>
public sealed class DeleteChainNode(IDbContextFactory<AppDbContext> dbs)
{
    public async Task<bool> HandleAsync(int chainId, int nodeId, Actor actor, CancellationToken ct)
    {
        if (!ChainScope.CanManage(actor))
        {
            throw new AccessDeniedException("只有链长办可以编辑产业链图谱");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var node = await db.ChainNodes.SingleOrDefaultAsync(n => n.Id == nodeId && n.ChainId == chainId
            && db.Chains.VisibleTo(actor).Any(c => c.Id == chainId), ct);
        if (node is null)
        {
            return false;
        }
        if (await db.ChainNodes.AnyAsync(n => n.ParentId == nodeId, ct))
        {
            throw new BusinessRuleException("node.children", $"节点“{node.Name}”下还有下级节点，请先删除或移走下级节点");
        }
        db.ChainEdges.RemoveRange(await db.ChainEdges.Where(e => e.FromNodeId == nodeId || e.ToNodeId == nodeId).ToListAsync(ct));
        db.NodeFirms.RemoveRange(await db.NodeFirms.Where(f => f.NodeId == nodeId).ToListAsync(ct));
        db.ChainNodes.Remove(node);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
