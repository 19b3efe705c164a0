namespace ChainChief.Web.Features.Chains;

public static partial class ChainMapLayout
{
    /// <summary>
    /// Barycenter sweeps (down, then up) keeping the best order seen. Ties keep the current order, so the
    /// result depends only on the input order. Nested nodes are regrouped under their parent after each step.
    /// </summary>
    private static void Order(Layers layers, int sweeps)
    {
        for (var c = 0; c < layers.ColumnCount; c++)
        {
            GroupUnderParents(layers, c);
        }
        var best = Snapshot(layers);
        var fewest = Crossings(layers);
        for (var s = 0; s < sweeps && fewest > 0; s++)
        {
            for (var c = 1; c < layers.ColumnCount; c++)
            {
                Reorder(layers, c, layers.Predecessors);
            }
            Keep(ref best, ref fewest);
            for (var c = layers.ColumnCount - 2; c >= 0; c--)
            {
                Reorder(layers, c, layers.Successors);
            }
            Keep(ref best, ref fewest);
        }
        layers.Order = best;
        for (var c = 0; c < layers.ColumnCount; c++)
        {
            layers.Renumber(c);
        }

        void Keep(ref List<int>[] best, ref long fewest)
        {
            var crossings = Crossings(layers);
            if (crossings < fewest)
            {
                (best, fewest) = (Snapshot(layers), crossings);
            }
        }
    }

    private static List<int>[] Snapshot(Layers layers) => [.. layers.Order.Select(o => new List<int>(o))];

    private static void Reorder(Layers layers, int column, List<List<int>> neighbours)
    {
        var order = layers.Order[column];
        var keys = new (double Key, int Rank, int Item)[order.Count];
        for (var r = 0; r < order.Count; r++)
        {
            var item = order[r];
            var adjacent = neighbours[item];
            // An item without neighbours on that side keeps its own place.
            var key = adjacent.Count == 0 ? layers.Position(item) : adjacent.Average(layers.Position);
            keys[r] = (key, r, item);
        }
        Array.Sort(keys, (a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Rank.CompareTo(b.Rank));
        layers.Order[column] = [.. keys.Select(k => k.Item)];
        layers.Renumber(column);
        GroupUnderParents(layers, column);
    }

    /// <summary>
    /// Puts each parent's same-column children right below it (recursively), moving the family as one unit
    /// placed at its members' average rank, so 材料 › 铜材 / 铝材 read as a group.
    /// </summary>
    private static void GroupUnderParents(Layers layers, int column)
    {
        var order = layers.Order[column];
        int ParentOf(int item) => layers.IsWaypoint(item) ? -1 : layers.GroupParent[item];
        if (!order.Any(i => ParentOf(i) >= 0))
        {
            return;
        }
        var children = new Dictionary<int, List<int>>();
        foreach (var item in order.Where(i => ParentOf(i) >= 0))
        {
            var parent = ParentOf(item);
            if (!children.TryGetValue(parent, out var list))
            {
                children[parent] = list = [];
            }
            list.Add(item);
        }
        var units = new List<(double Key, int Rank, List<int> Members)>();
        foreach (var root in order.Where(i => ParentOf(i) < 0))
        {
            var members = new List<int>();
            AddFamily(root);
            units.Add((members.Average(m => layers.Rank[m]), layers.Rank[root], members));

            void AddFamily(int item)
            {
                members.Add(item);
                foreach (var child in children.GetValueOrDefault(item) ?? [])
                {
                    AddFamily(child);
                }
            }
        }
        units.Sort((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Rank.CompareTo(b.Rank));
        layers.Order[column] = [.. units.SelectMany(u => u.Members)];
        layers.Renumber(column);
    }

    /// <summary>Crossings between adjacent columns: inversions of the successor ranks, counted with a Fenwick tree.</summary>
    private static long Crossings(Layers layers)
    {
        long total = 0;
        for (var c = 0; c + 1 < layers.ColumnCount; c++)
        {
            var tree = new int[layers.Order[c + 1].Count + 1];
            var seen = 0;
            foreach (var item in layers.Order[c])
            {
                var ranks = layers.Successors[item].Select(s => layers.Rank[s]).Order().ToList();
                foreach (var r in ranks)
                {
                    // Earlier links that end strictly below this one cross it.
                    total += seen - CountAtMost(tree, r + 1);
                }
                foreach (var r in ranks)
                {
                    for (var k = r + 1; k < tree.Length; k += k & -k)
                    {
                        tree[k]++;
                    }
                    seen++;
                }
            }
        }
        return total;
    }

    private static int CountAtMost(int[] tree, int k)
    {
        var sum = 0;
        for (; k > 0; k -= k & -k)
        {
            sum += tree[k];
        }
        return sum;
    }
}
