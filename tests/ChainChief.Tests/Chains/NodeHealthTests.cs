using ChainChief.Web.Features.Chains;
using ChainChief.Web.Features.Enterprises;
using static ChainChief.Web.Features.Chains.NodeHealth;

namespace ChainChief.Tests.Chains;

/// <summary>DOMAIN §3 node states, one test per state and per boundary.</summary>
public sealed class NodeHealthTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly DateOnly WindowStart = Today.AddMonths(-24);
    private static readonly DateOnly Founded = new(2015, 3, 1);

    private static FirmFacts Firm(NodeFirmRole role = NodeFirmRole.Supporting, EnterpriseScale scale = EnterpriseScale.AboveScale,
        decimal? revenue = null, params (OperatingStatus, DateOnly)[] changes) =>
        new(1, role, scale, [(OperatingStatus.Operating, Founded), .. changes], revenue);

    private static NodeState StateOf(ChainHealthSettings? settings = null, decimal? chainRevenue = null, params FirmFacts[] firms) =>
        Evaluate(firms, settings ?? new ChainHealthSettings(), chainRevenue, Today).State;

    [Fact]
    public void Node_without_firms_is_blank() => Assert.Equal(NodeState.Blank, StateOf());

    [Fact]
    public void Firm_that_stopped_inside_the_window_makes_a_break() =>
        Assert.Equal(NodeState.Broken, StateOf(firms: Firm(changes: (OperatingStatus.Suspended, Today.AddMonths(-23)))));

    [Fact]
    public void Firm_that_left_last_month_makes_a_break() =>
        Assert.Equal(NodeState.Broken, StateOf(firms: Firm(changes: (OperatingStatus.MovedOut, Today.AddMonths(-1)))));

    [Fact]
    public void Firm_that_stopped_on_the_window_start_is_outside_it_and_the_node_is_blank() =>
        Assert.Equal(NodeState.Blank, StateOf(firms: Firm(changes: (OperatingStatus.Suspended, WindowStart))));

    [Fact]
    public void Firm_that_stopped_the_day_after_the_window_start_makes_a_break() =>
        Assert.Equal(NodeState.Broken, StateOf(firms: Firm(changes: (OperatingStatus.Suspended, WindowStart.AddDays(1)))));

    [Fact]
    public void Look_back_window_is_the_chain_setting() =>
        Assert.Equal(NodeState.Blank, StateOf(new ChainHealthSettings { LookbackMonths = 12 },
            firms: Firm(changes: (OperatingStatus.Suspended, Today.AddMonths(-13)))));

    [Fact]
    public void Firm_reopened_and_stopped_again_inside_the_window_makes_a_break() =>
        Assert.Equal(NodeState.Broken, StateOf(firms: Firm(changes:
            [(OperatingStatus.Suspended, Today.AddYears(-5)), (OperatingStatus.Operating, Today.AddMonths(-6)), (OperatingStatus.Suspended, Today.AddMonths(-2))])));

    [Fact]
    public void Only_supplier_stopped_while_the_other_left_long_ago_is_a_break() =>
        Assert.Equal(NodeState.Broken, StateOf(firms:
            [Firm(changes: (OperatingStatus.MovedOut, Today.AddYears(-4))), Firm(changes: (OperatingStatus.Suspended, Today.AddDays(-10)))]));

    [Fact]
    public void Stop_dated_in_the_future_leaves_the_firm_operating_today() =>
        Assert.Equal(NodeState.Covered, StateOf(firms: Firm(changes: (OperatingStatus.Suspended, Today.AddDays(1)))));

    [Fact]
    public void Stop_effective_today_counts_today() =>
        Assert.Equal(NodeState.Broken, StateOf(firms: Firm(changes: (OperatingStatus.Suspended, Today))));

    [Fact]
    public void Node_with_only_below_scale_firms_is_weak() =>
        Assert.Equal(NodeState.Weak, StateOf(firms: [Firm(scale: EnterpriseScale.BelowScale), Firm(scale: EnterpriseScale.BelowScale)]));

    [Fact]
    public void Above_scale_supplier_without_a_leader_is_covered() =>
        Assert.Equal(NodeState.Covered, StateOf(firms: [Firm(scale: EnterpriseScale.BelowScale), Firm()]));

    [Theory]
    [InlineData(NodeFirmRole.ChainOwner)]
    [InlineData(NodeFirmRole.Leading)]
    public void Chain_owner_or_leading_firm_makes_a_strength(NodeFirmRole role) =>
        Assert.Equal(NodeState.Strong, StateOf(firms: Firm(role)));

    [Fact]
    public void Stopped_chain_owner_does_not_count_and_below_scale_rest_is_weak() =>
        Assert.Equal(NodeState.Weak, StateOf(firms:
            [Firm(NodeFirmRole.ChainOwner, changes: (OperatingStatus.Suspended, Today.AddMonths(-3))), Firm(scale: EnterpriseScale.BelowScale)]));

    [Theory]
    [InlineData(2000, NodeState.Strong)]
    [InlineData(1999.99, NodeState.Covered)]
    public void Revenue_share_at_the_threshold_makes_a_strength(decimal revenue, NodeState expected) =>
        Assert.Equal(expected, StateOf(new ChainHealthSettings { StrongRevenueShare = 0.2m }, 10_000m, Firm(revenue: revenue)));

    [Theory]
    [InlineData(999.99, NodeState.Weak)]
    [InlineData(1000, NodeState.Covered)]
    public void Revenue_below_the_floor_makes_a_weak_point(decimal revenue, NodeState expected) =>
        Assert.Equal(expected, StateOf(new ChainHealthSettings { WeakRevenueBelow = 1000m, StrongRevenueShare = null }, 100_000m, Firm(revenue: revenue)));

    [Fact]
    public void Reason_explains_the_state_in_Chinese()
    {
        var result = Evaluate([Firm(scale: EnterpriseScale.BelowScale)], new ChainHealthSettings(), null, Today);
        Assert.Equal("1家在营企业均为规下企业", result.Reason);
        Assert.Equal((1, 0), (result.OperatingFirms, result.AboveScaleFirms));
    }
}
