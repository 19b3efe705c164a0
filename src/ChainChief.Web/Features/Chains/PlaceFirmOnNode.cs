using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Chains;

/// <summary>
/// 补链 with a local firm: puts a registry firm on a node with a role (or changes its role), and makes it a member of
/// the chain; or takes it off the node. County officers may not edit maps, but they can see the result.
/// </summary>
public sealed class PlaceFirmOnNode(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Request(int EnterpriseId, NodeFirmRole Role);

    public async Task<bool> PlaceAsync(int chainId, int nodeId, Request request, Actor actor, CancellationToken ct)
    {
        await using var db = await OpenAsync(actor, ct);
        if (!await NodeVisibleAsync(db, chainId, nodeId, actor, ct))
        {
            return false;
        }
        if (!await db.Enterprises.VisibleTo(actor).AnyAsync(e => e.Id == request.EnterpriseId, ct))
        {
            throw new InputException(nameof(request.EnterpriseId), "企业库中没有这家企业");
        }
        var placed = await db.NodeFirms.SingleOrDefaultAsync(f => f.NodeId == nodeId && f.EnterpriseId == request.EnterpriseId, ct);
        if (placed is null)
        {
            db.NodeFirms.Add(new NodeFirm { ChainId = chainId, NodeId = nodeId, EnterpriseId = request.EnterpriseId, Role = request.Role });
            await ImportChainMap.JoinChainAsync(db, chainId, [request.EnterpriseId], ct);
        }
        else
        {
            placed.Role = request.Role;
        }
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<bool> RemoveAsync(int chainId, int nodeId, int enterpriseId, Actor actor, CancellationToken ct)
    {
        await using var db = await OpenAsync(actor, ct);
        var placed = await db.NodeFirms.SingleOrDefaultAsync(f => f.NodeId == nodeId && f.ChainId == chainId && f.EnterpriseId == enterpriseId, ct);
        if (placed is null || !await NodeVisibleAsync(db, chainId, nodeId, actor, ct))
        {
            return false;
        }
        db.NodeFirms.Remove(placed);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<AppDbContext> OpenAsync(Actor actor, CancellationToken ct)
    {
        if (!ChainScope.CanManage(actor))
        {
            throw new AccessDeniedException("只有链长办可以编辑产业链图谱");
        }
        var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        return db;
    }

    private static Task<bool> NodeVisibleAsync(AppDbContext db, int chainId, int nodeId, Actor actor, CancellationToken ct) =>
        db.ChainNodes.AnyAsync(n => n.Id == nodeId && n.ChainId == chainId && db.Chains.VisibleTo(actor).Any(c => c.Id == chainId), ct);
}
