namespace ChainChief.Web.Features.Chains;

public static partial class ChainMapLayout
{
    private const int PlacementRounds = 4;
    // Waypoints pull harder than nodes so long edges run straight instead of zig-zagging.
    private const double WaypointWeight = 4;
    // An item with no links barely resists being pushed.
    private const double LooseWeight = 0.1;

    /// <summary>
    /// Vertical centres: start stacked, then alternately pull each column towards its neighbours' average
    /// height. Each pull is the least-squares fit that keeps the column's order and gaps (isotonic regression
    /// by pool-adjacent-violators), so it is linear in the column size and never makes boxes overlap.
    /// </summary>
    private static double[] Place(Layers layers)
    {
        var y = new double[layers.Column.Count];
        for (var c = 0; c < layers.ColumnCount; c++)
        {
            var order = layers.Order[c];
            for (var r = 0; r < order.Count; r++)
            {
                y[order[r]] = r == 0 ? HeightOf(layers, order[0]) / 2 : y[order[r - 1]] + Separation(layers, order[r - 1], order[r]);
            }
        }
        for (var round = 0; round < PlacementRounds; round++)
        {
            for (var c = 1; c < layers.ColumnCount; c++)
            {
                Align(layers, c, layers.Predecessors, layers.Successors, y);
            }
            for (var c = layers.ColumnCount - 2; c >= 0; c--)
            {
                Align(layers, c, layers.Successors, layers.Predecessors, y);
            }
        }
        var top = Enumerable.Range(0, y.Length).Select(i => y[i] - (HeightOf(layers, i) / 2)).DefaultIfEmpty(0).Min();
        var shift = HeadingHeight + NodeGap - top;
        for (var i = 0; i < y.Length; i++)
        {
            y[i] += shift;
        }
        return y;
    }

    private static double HeightOf(Layers layers, int item) => layers.IsWaypoint(item) ? WaypointHeight : NodeHeight;

    private static double Separation(Layers layers, int upper, int lower) =>
        ((HeightOf(layers, upper) + HeightOf(layers, lower)) / 2)
        + (layers.IsWaypoint(upper) || layers.IsWaypoint(lower) ? WaypointGap : NodeGap);

    private static void Align(Layers layers, int column, List<List<int>> neighbours, List<List<int>> others, double[] y)
    {
        var order = layers.Order[column];
        if (order.Count == 0)
        {
            return;
        }
        // Subtracting the cumulative minimum offsets turns "keep gaps" into "stay non-decreasing".
        var offset = new double[order.Count];
        for (var r = 1; r < order.Count; r++)
        {
            offset[r] = offset[r - 1] + Separation(layers, order[r - 1], order[r]);
        }
        var (desired, weight) = Desired(layers, order, neighbours, others, offset, y);
        var blocks = new List<(double Sum, double Weight, int Count)>(order.Count);
        for (var r = 0; r < order.Count; r++)
        {
            blocks.Add(((desired[r] - offset[r]) * weight[r], weight[r], 1));
            while (blocks.Count > 1 && Mean(blocks[^2]) > Mean(blocks[^1]))
            {
                var (a, b) = (blocks[^2], blocks[^1]);
                blocks.RemoveAt(blocks.Count - 1);
                blocks[^1] = (a.Sum + b.Sum, a.Weight + b.Weight, a.Count + b.Count);
            }
        }
        var rank = 0;
        foreach (var block in blocks)
        {
            for (var k = 0; k < block.Count; k++, rank++)
            {
                y[order[rank]] = Mean(block) + offset[rank];
            }
        }

        static double Mean((double Sum, double Weight, int Count) block) => block.Sum / block.Weight;
    }

    /// <summary>
    /// Where each item would like to be: its neighbours' average height on the side being aligned, else on the
    /// other side. Items with no links at all pack against the nearest linked item above (or below) them, so
    /// they close up instead of holding a stale place and leaving holes in the column.
    /// </summary>
    private static (double[] Desired, double[] Weight) Desired(
        Layers layers, List<int> order, List<List<int>> neighbours, List<List<int>> others, double[] offset, double[] y)
    {
        var desired = new double[order.Count];
        var weight = new double[order.Count];
        var anchored = new bool[order.Count];
        for (var r = 0; r < order.Count; r++)
        {
            var item = order[r];
            var adjacent = neighbours[item].Count > 0 ? neighbours[item] : others[item];
            anchored[r] = adjacent.Count > 0;
            desired[r] = anchored[r] ? adjacent.Average(a => y[a]) : y[item];
            weight[r] = !anchored[r] ? LooseWeight : layers.IsWaypoint(item) ? WaypointWeight : adjacent.Count;
        }
        var firstAnchored = Array.IndexOf(anchored, true);
        if (firstAnchored < 0)
        {
            return (desired, weight);
        }
        for (var r = firstAnchored - 1; r >= 0; r--)
        {
            desired[r] = desired[r + 1] - (offset[r + 1] - offset[r]);
        }
        for (var r = firstAnchored + 1; r < order.Count; r++)
        {
            if (!anchored[r])
            {
                desired[r] = desired[r - 1] + (offset[r] - offset[r - 1]);
            }
        }
        return (desired, weight);
    }
}
