namespace ChainChief.Web.Features.Chains;

public static partial class ChainMapLayout
{
    /// <summary>
    /// The proper layered graph: items are the nodes (same indexes as <see cref="Accepted.Nodes"/>) followed by
    /// waypoints, one per column an edge passes through, so every link joins adjacent columns.
    /// </summary>
    private sealed class Layers
    {
        public required int NodeCount { get; init; }
        public required List<int> Column { get; init; }
        public required List<List<int>> Predecessors { get; init; }
        public required List<List<int>> Successors { get; init; }
        /// <summary>Item indexes of each edge from supplier through waypoints to customer.</summary>
        public required List<int[]> Chains { get; init; }
        /// <summary>The item's parent node when it sits in the same column (so it can stay beside it), else -1.</summary>
        public required int[] GroupParent { get; init; }
        /// <summary>Items of each column, top to bottom.</summary>
        public required List<int>[] Order { get; set; }
        /// <summary>Index of each item within its column's order.</summary>
        public required int[] Rank { get; init; }

        public int ColumnCount => Order.Length;

        public bool IsWaypoint(int item) => item >= NodeCount;

        public void Renumber(int column)
        {
            var order = Order[column];
            for (var r = 0; r < order.Count; r++)
            {
                Rank[order[r]] = r;
            }
        }

        /// <summary>Position scaled to 0..1, so columns of different lengths can be compared.</summary>
        public double Position(int item) => (Rank[item] + 0.5) / Order[Column[item]].Count;

        public static Layers Build(Accepted accepted)
        {
            var nodeCount = accepted.Nodes.Count;
            var column = new List<int>(accepted.Column);
            var predecessors = new List<List<int>>(nodeCount);
            var successors = new List<List<int>>(nodeCount);
            for (var i = 0; i < nodeCount; i++)
            {
                predecessors.Add([]);
                successors.Add([]);
            }
            var chains = new List<int[]>(accepted.Edges.Count);
            foreach (var (from, to) in accepted.Edges)
            {
                var chain = new List<int> { from };
                for (var c = column[from] + 1; c < column[to]; c++)
                {
                    column.Add(c);
                    predecessors.Add([]);
                    successors.Add([]);
                    chain.Add(column.Count - 1);
                }
                chain.Add(to);
                for (var k = 1; k < chain.Count; k++)
                {
                    successors[chain[k - 1]].Add(chain[k]);
                    predecessors[chain[k]].Add(chain[k - 1]);
                }
                chains.Add([.. chain]);
            }
            var order = new List<int>[accepted.ColumnCount];
            for (var c = 0; c < order.Length; c++)
            {
                order[c] = [];
            }
            for (var item = 0; item < column.Count; item++)
            {
                order[column[item]].Add(item);
            }
            var layers = new Layers
            {
                NodeCount = nodeCount,
                Column = column,
                Predecessors = predecessors,
                Successors = successors,
                Chains = chains,
                GroupParent = GroupParents(accepted),
                Order = order,
                Rank = new int[column.Count],
            };
            for (var c = 0; c < order.Length; c++)
            {
                layers.Renumber(c);
            }
            return layers;
        }

        // Only a parent in the same column can keep its children beside it; parent cycles are cut so that
        // walking up from any node ends.
        private static int[] GroupParents(Accepted accepted)
        {
            var nodes = accepted.Nodes;
            var index = new Dictionary<int, int>(nodes.Count);
            for (var i = 0; i < nodes.Count; i++)
            {
                index[nodes[i].Id] = i;
            }
            var parent = new int[nodes.Count];
            for (var i = 0; i < nodes.Count; i++)
            {
                parent[i] = nodes[i].ParentId is { } p && index.TryGetValue(p, out var pi) && pi != i
                    && accepted.Column[pi] == accepted.Column[i] ? pi : -1;
            }
            var seen = new HashSet<int>();
            for (var i = 0; i < nodes.Count; i++)
            {
                seen.Clear();
                for (var v = i; parent[v] >= 0; v = parent[v])
                {
                    seen.Add(v);
                    if (seen.Contains(parent[v]))
                    {
                        parent[v] = -1;
                        break;
                    }
                }
            }
            return parent;
        }
    }
}
