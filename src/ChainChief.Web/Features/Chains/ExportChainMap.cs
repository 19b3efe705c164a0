using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Chains;

/// <summary>A chain's map as a <see cref="ChainMapDocument"/>, in the order the map keeps; firms only within the actor's scope.</summary>
public sealed class ExportChainMap(IDbContextFactory<AppDbContext> dbs)
{
    public async Task<ChainMapDocument?> HandleAsync(int chainId, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var chain = await db.Chains.AsNoTracking().VisibleTo(actor).Where(c => c.Id == chainId).Select(c => c.Name).SingleOrDefaultAsync(ct);
        if (chain is null)
        {
            return null;
        }
        var nodes = await db.ChainNodes.AsNoTracking().Where(n => n.ChainId == chainId).OrderBy(n => n.SortOrder).ThenBy(n => n.Id).ToListAsync(ct);
        var names = nodes.ToDictionary(n => n.Id, n => n.Name);
        var edges = await db.ChainEdges.AsNoTracking().Where(e => e.ChainId == chainId).OrderBy(e => e.Id).Select(e => new { e.FromNodeId, e.ToNodeId }).ToListAsync(ct);
        var firms = await (from f in db.NodeFirms
                           join e in db.Enterprises.VisibleTo(actor) on f.EnterpriseId equals e.Id
                           where f.ChainId == chainId
                           orderby f.Id
                           select new { f.NodeId, e.CreditCode, e.Name, f.Role }).ToListAsync(ct);
        return new ChainMapDocument
        {
            Chain = chain,
            Nodes = [.. nodes.Select(n => new ChainMapDocument.Node
            {
                Name = n.Name, Segment = ChainLabels.Of(n.Segment), Parent = n.ParentId is { } p ? names[p] : null,
                KeyProducts = n.KeyProducts, IndustryCodes = [.. n.IndustryCodeList], IsKey = n.IsKey,
            })],
            Edges = [.. edges.Select(e => new ChainMapDocument.Edge(names[e.FromNodeId], names[e.ToNodeId]))],
            Firms = [.. firms.Select(f => new ChainMapDocument.Firm(names[f.NodeId], f.CreditCode, ChainLabels.Of(f.Role), f.Name))],
        };
    }
}
