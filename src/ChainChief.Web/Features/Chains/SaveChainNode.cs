using ChainChief.Web.Data;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Chains;

/// <summary>
/// Adds or edits one node with its suppliers. The edited map must stay valid: the same checks as an import (unique
/// name, parent in the same segment, no supply cycle, no edge from a later segment) refuse it field by field.
/// </summary>
public sealed class SaveChainNode(IDbContextFactory<AppDbContext> dbs, ReferenceData reference)
{
    public async Task<int?> HandleAsync(int chainId, int? nodeId, NodeInput input, Actor actor, CancellationToken ct)
    {
        if (!ChainScope.CanManage(actor))
        {
            throw new AccessDeniedException("只有链长办可以编辑产业链图谱");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        if (!await db.Chains.VisibleTo(actor).AnyAsync(c => c.Id == chainId, ct))
        {
            return null;
        }
        var nodes = await db.ChainNodes.Where(n => n.ChainId == chainId).ToListAsync(ct);
        var node = nodeId is null ? new ChainNode { ChainId = chainId, SortOrder = nodes.Select(n => n.SortOrder).DefaultIfEmpty().Max() + 1 }
            : nodes.SingleOrDefault(n => n.Id == nodeId);
        if (node is null)
        {
            return null;
        }
        var edges = await db.ChainEdges.Where(e => e.ChainId == chainId).ToListAsync(ct);
        Check(node, nodes, edges, input);
        if (nodeId is null)
        {
            db.ChainNodes.Add(node);
        }
        else
        {
            db.Entry(node).Property(n => n.Version).OriginalValue = input.Version;
        }
        node.Name = input.Name.Trim();
        node.Segment = input.Segment;
        node.ParentId = input.ParentId;
        node.KeyProducts = string.IsNullOrWhiteSpace(input.KeyProducts) ? null : input.KeyProducts.Trim();
        node.IndustryCodes = string.Join(",", input.CodeList);
        node.IsKey = input.IsKey;
        await db.SaveChangesAsync(ct);
        db.ChainEdges.RemoveRange(edges.Where(e => e.ToNodeId == node.Id && !input.SupplierIds.Contains(e.FromNodeId)));
        db.ChainEdges.AddRange(input.SupplierIds.Distinct().Where(s => !edges.Any(e => e.FromNodeId == s && e.ToNodeId == node.Id))
            .Select(s => new ChainEdge { ChainId = chainId, FromNodeId = s, ToNodeId = node.Id }));
        await db.SaveChangesAsync(ct);
        return node.Id;
    }

    private void Check(ChainNode node, List<ChainNode> nodes, List<ChainEdge> edges, NodeInput input)
    {
        var errors = new Dictionary<string, string[]>();
        var others = nodes.Where(n => !ReferenceEquals(n, node)).ToDictionary(n => n.Id);
        if (others.Values.Any(n => n.Name == input.Name.Trim()))
        {
            errors[nameof(input.Name)] = [$"本图谱已有名为“{input.Name.Trim()}”的节点"];
        }
        if (input.CodeList.FirstOrDefault(c => reference.Industry(c) is null) is { } bad)
        {
            errors[nameof(input.IndustryCodes)] = [$"国民经济行业代码“{bad}”不存在（GB/T 4754-2017）"];
        }
        if (input.ParentId is { } p && (!others.TryGetValue(p, out var parent) || parent.Segment != input.Segment || IsDescendant(p, node.Id, nodes)))
        {
            errors[nameof(input.ParentId)] = ["上级节点须是本图谱中同一环节的其他节点，且不能是本节点的下级"];
        }
        var suppliers = input.SupplierIds.Distinct().ToList();
        if (suppliers.Any(s => !others.ContainsKey(s)))
        {
            errors[nameof(input.SupplierIds)] = ["供给节点须是本图谱中的其他节点"];
        }
        else if (suppliers.FirstOrDefault(s => others[s].Segment > input.Segment) is var late && late != 0)
        {
            errors[nameof(input.SupplierIds)] = [$"“{others[late].Name}”在{ChainLabels.Of(others[late].Segment)}，不能供给更上游的节点"];
        }
        else if (node.Id != 0)
        {
            var after = edges.Where(e => e.ToNodeId != node.Id).Select(e => (e.FromNodeId, e.ToNodeId)).Concat(suppliers.Select(s => (s, node.Id)));
            if (ChainGraph.FindCycle(after) is { } cycle)
            {
                var names = nodes.ToDictionary(n => n.Id, n => n.Id == node.Id ? input.Name.Trim() : n.Name);
                errors[nameof(input.SupplierIds)] = [$"供给关系形成循环：{string.Join(" → ", cycle.Select(id => names[id]))}"];
            }
        }
        if (node.Id != 0 && input.Segment != node.Segment && edges.Any(e => e.FromNodeId == node.Id && others.TryGetValue(e.ToNodeId, out var c) && c.Segment < input.Segment))
        {
            errors[nameof(input.Segment)] = ["本节点供给的节点在更上游的环节，不能改到此环节"];
        }
        else if (node.Id != 0 && input.Segment != node.Segment && nodes.Any(n => n.ParentId == node.Id))
        {
            errors[nameof(input.Segment)] = ["本节点有下级节点，下级节点须与上级在同一环节"];
        }
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }
    }

    private static bool IsDescendant(int candidate, int nodeId, List<ChainNode> nodes)
    {
        var byId = nodes.ToDictionary(n => n.Id);
        for (int? at = candidate; at is { } id && byId.TryGetValue(id, out var n); at = n.ParentId)
        {
            if (id == nodeId && nodeId != 0)
            {
                return true;
            }
        }
        return false;
    }
}
