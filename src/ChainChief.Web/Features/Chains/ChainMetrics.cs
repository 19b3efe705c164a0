namespace ChainChief.Web.Features.Chains;

/// <summary>
/// Chain-level figures from node states (DOMAIN §3), pure. Only leaf nodes count: a parent node (材料) is the sum of its
/// sub-nodes (铜材, 绝缘材料) and would otherwise be counted twice.
/// </summary>
public static class ChainMetrics
{
    public sealed record NodeInput(int Id, int? ParentId, bool IsKey, NodeState State);

    public sealed record Result(int Nodes, int CoveredNodes, decimal Coverage, decimal LocalSupplyRate,
        IReadOnlyDictionary<NodeState, int> ByState);

    /// <summary>A node has local supply when an operating local firm is on it: any state but blank or broken.</summary>
    public static bool HasLocalSupply(NodeState state) => state is not (NodeState.Blank or NodeState.Broken);

    public static Result Compute(IReadOnlyList<NodeInput> nodes, decimal keyNodeWeight)
    {
        var parents = nodes.Where(n => n.ParentId is not null).Select(n => n.ParentId!.Value).ToHashSet();
        var leaves = nodes.Where(n => !parents.Contains(n.Id)).ToList();
        var byState = Enum.GetValues<NodeState>().ToDictionary(s => s, s => leaves.Count(n => n.State == s));
        if (leaves.Count == 0)
        {
            return new Result(0, 0, 0, 0, byState);
        }
        var covered = leaves.Count(n => HasLocalSupply(n.State));
        decimal Weight(NodeInput n) => n.IsKey ? keyNodeWeight : 1m;
        var total = leaves.Sum(Weight);
        var supplied = leaves.Where(n => HasLocalSupply(n.State)).Sum(Weight);
        return new Result(leaves.Count, covered, (decimal)covered / leaves.Count, total == 0 ? 0 : supplied / total, byState);
    }
}
