namespace ChainChief.Web.Features.Chains;

/// <summary>Graph checks shared by map imports and single edits.</summary>
public static class ChainGraph
{
    /// <summary>A supply cycle as a path that starts and ends on the same node (a → b → a), or null when acyclic.</summary>
    public static IReadOnlyList<T>? FindCycle<T>(IEnumerable<(T From, T To)> edges) where T : notnull
    {
        var next = edges.ToLookup(e => e.From, e => e.To);
        var state = new Dictionary<T, bool>(); // false = on the current path, true = finished
        var path = new List<T>();
        foreach (var start in next.Select(g => g.Key).ToList())
        {
            if (!state.ContainsKey(start) && Visit(start) is { } cycle)
            {
                return cycle;
            }
        }
        return null;

        IReadOnlyList<T>? Visit(T node)
        {
            state[node] = false;
            path.Add(node);
            foreach (var to in next[node])
            {
                if (state.TryGetValue(to, out var done))
                {
                    if (!done)
                    {
                        return [.. path.Skip(path.IndexOf(to)), to];
                    }
                }
                else if (Visit(to) is { } found)
                {
                    return found;
                }
            }
            path.RemoveAt(path.Count - 1);
            state[node] = true;
            return null;
        }
    }
}
