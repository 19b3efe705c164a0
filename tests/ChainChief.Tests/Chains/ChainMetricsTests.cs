using ChainChief.Web.Features.Chains;
using static ChainChief.Web.Features.Chains.ChainMetrics;

namespace ChainChief.Tests.Chains;

public sealed class ChainMetricsTests
{
    [Fact]
    public void Local_supply_rate_weights_key_nodes_and_counts_leaves_only()
    {
        // Leaves: A key strong, B key blank, C weak, D covered, E broken; P is the parent of C and D and is not counted.
        // Coverage = 3/5. 本地配套率 = (2·A + 1·C + 1·D) / (2 + 2 + 1 + 1 + 1) = 4/7.
        ChainMetrics.NodeInput[] nodes =
        [
            new(1, null, true, NodeState.Strong), new(2, null, true, NodeState.Blank), new(9, null, false, NodeState.Covered),
            new(3, 9, false, NodeState.Weak), new(4, 9, false, NodeState.Covered), new(5, null, false, NodeState.Broken),
        ];
        var result = Compute(nodes, keyNodeWeight: 2m);
        Assert.Equal(5, result.Nodes);
        Assert.Equal(3, result.CoveredNodes);
        Assert.Equal(0.6m, result.Coverage);
        Assert.Equal(4m / 7m, result.LocalSupplyRate);
        Assert.Equal(1, result.ByState[NodeState.Broken]);
        Assert.Equal(1, result.ByState[NodeState.Covered]);
    }

    [Fact]
    public void Empty_map_has_zero_rates() => Assert.Equal(0m, Compute([], 2m).LocalSupplyRate);
}
