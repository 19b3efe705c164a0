using ChainChief.Web.Features.Chains;

namespace ChainChief.Tests.Chains;

/// <summary>Chain maps for layout tests: random but seeded, acyclic, shaped like real ones (a few tiers per segment, some nesting).</summary>
internal static class ChainMapSamples
{
    public static (List<LayoutNode> Nodes, List<LayoutEdge> Edges) Random(int nodeCount, int seed)
    {
        var random = new Random(seed);
        var nodes = new List<LayoutNode>(nodeCount);
        var tiers = new Dictionary<int, int>();
        for (var i = 0; i < nodeCount; i++)
        {
            var id = 1000 + (i * 7);
            var segment = (ChainSegment)random.Next(3);
            var sameSegment = nodes.Where(n => n.Segment == segment).ToList();
            // Some nodes nest under an earlier node of their segment and tier (材料 › 铜材).
            var parent = sameSegment.Count > 0 && random.NextDouble() < 0.15 ? sameSegment[random.Next(sameSegment.Count)] : null;
            tiers[id] = parent is null ? random.Next(3) : tiers[parent.Id];
            nodes.Add(new LayoutNode(id, $"环节{i}", segment, parent?.Id));
        }
        var edges = new List<LayoutEdge>();
        foreach (var from in nodes)
        {
            var customers = nodes.Where(to => from.Segment < to.Segment || (from.Segment == to.Segment && tiers[from.Id] < tiers[to.Id])).ToList();
            for (var k = random.Next(3); k > 0 && customers.Count > 0; k--)
            {
                var edge = new LayoutEdge(from.Id, customers[random.Next(customers.Count)].Id);
                if (!edges.Contains(edge))
                {
                    edges.Add(edge);
                }
            }
        }
        return (nodes, edges);
    }

    public static LayoutNode Node(int id, ChainSegment segment, int? parentId = null) => new(id, $"节点{id}", segment, parentId);

    public static LayoutEdge Edge(int from, int to) => new(from, to);
}
