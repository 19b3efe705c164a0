namespace ChainChief.Web.Features.Chains;

public static partial class ChainMapLayout
{
    /// <summary>The drawable part of the input, by node index, and each node's column.</summary>
    private sealed record Accepted(
        List<LayoutNode> Nodes,
        List<(int From, int To)> Edges,
        List<LayoutEdge> Ignored,
        int[] Column,
        int[] SegmentFirstColumn,
        int[] SegmentColumns)
    {
        public int ColumnCount => SegmentFirstColumn[2] + SegmentColumns[2];
    }

    // Maps are validated when saved, but the picture must still render (not hang or throw) for whatever is
    // stored, so bad edges are dropped here and reported in Result.Ignored instead of failing the page.
    private static Accepted Accept(IReadOnlyList<LayoutNode> nodes, IReadOnlyList<LayoutEdge> edges)
    {
        var kept = new List<LayoutNode>(nodes.Count);
        var index = new Dictionary<int, int>(nodes.Count);
        foreach (var node in nodes)
        {
            if (Enum.IsDefined(node.Segment) && index.TryAdd(node.Id, kept.Count))
            {
                kept.Add(node);
            }
        }
        var pairs = new List<(int From, int To)>(edges.Count);
        var seen = new HashSet<(int, int)>();
        var ignored = new List<LayoutEdge>();
        foreach (var edge in edges)
        {
            if (index.TryGetValue(edge.From, out var from) && index.TryGetValue(edge.To, out var to) && from != to
                && kept[from].Segment <= kept[to].Segment && seen.Add((from, to)))
            {
                pairs.Add((from, to));
            }
            else
            {
                ignored.Add(edge);
            }
        }
        var rank = RankWithinSegments(kept, pairs, ignored);

        var segmentColumns = new int[3];
        for (var i = 0; i < kept.Count; i++)
        {
            var s = (int)kept[i].Segment;
            segmentColumns[s] = Math.Max(segmentColumns[s], rank[i] + 1);
        }
        // An empty segment still gets a column, so 上游 / 中游 / 下游 always show.
        for (var s = 0; s < 3; s++)
        {
            segmentColumns[s] = Math.Max(segmentColumns[s], 1);
        }
        int[] first = [0, segmentColumns[0], segmentColumns[0] + segmentColumns[1]];
        var column = new int[kept.Count];
        for (var i = 0; i < kept.Count; i++)
        {
            column[i] = first[(int)kept[i].Segment] + rank[i];
        }
        return new Accepted(kept, pairs, ignored, column, first, segmentColumns);
    }

    /// <summary>
    /// Longest path from same-segment suppliers, so 拉线 → 端子 reads left to right inside a segment.
    /// Kahn's algorithm; when only cycles remain, the earliest remaining node has its open incoming edges
    /// dropped (moved to <paramref name="ignored"/>), which always terminates and is deterministic.
    /// </summary>
    private static int[] RankWithinSegments(List<LayoutNode> nodes, List<(int From, int To)> edges, List<LayoutEdge> ignored)
    {
        var n = nodes.Count;
        var outgoing = new List<int>[n];
        var incoming = new List<int>[n];
        for (var i = 0; i < n; i++)
        {
            (outgoing[i], incoming[i]) = ([], []);
        }
        var open = new int[n];
        foreach (var (from, to) in edges.Where(e => nodes[e.From].Segment == nodes[e.To].Segment))
        {
            outgoing[from].Add(to);
            incoming[to].Add(from);
            open[to]++;
        }
        var rank = new int[n];
        var done = new bool[n];
        var dropped = new HashSet<(int, int)>();
        var ready = new PriorityQueue<int, int>();
        for (var i = 0; i < n; i++)
        {
            if (open[i] == 0)
            {
                ready.Enqueue(i, i);
            }
        }
        var (processed, nextCandidate) = (0, 0);
        while (processed < n)
        {
            if (ready.Count == 0)
            {
                while (done[nextCandidate])
                {
                    nextCandidate++;
                }
                var v = nextCandidate;
                foreach (var u in incoming[v].Where(u => !done[u]))
                {
                    dropped.Add((u, v));
                }
                open[v] = 0;
                ready.Enqueue(v, v);
            }
            var next = ready.Dequeue();
            done[next] = true;
            processed++;
            foreach (var to in outgoing[next].Where(to => !dropped.Contains((next, to))))
            {
                rank[to] = Math.Max(rank[to], rank[next] + 1);
                if (--open[to] == 0)
                {
                    ready.Enqueue(to, to);
                }
            }
        }
        if (dropped.Count > 0)
        {
            ignored.AddRange(edges.Where(dropped.Contains).Select(e => new LayoutEdge(nodes[e.From].Id, nodes[e.To].Id)));
            edges.RemoveAll(dropped.Contains);
        }
        return rank;
    }
}
