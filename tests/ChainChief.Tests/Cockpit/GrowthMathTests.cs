using static ChainChief.Web.Features.Cockpit.GrowthMath;

namespace ChainChief.Tests.Cockpit;

/// <summary>同口径 growth, 贡献率, 拉动, 增长面 and shares on figures worked out by hand.</summary>
public sealed class GrowthMathTests
{
    // A city of four reporting firms. A grows, B falls, C entered this year (no report a year ago), D reports zero
    // after 30 and had no report last month. A fifth firm reported 200 a year ago but not now: it left, so it is in
    // neither the current value nor the base and never reaches these sums.
    private static readonly FirmValue A = new(120, 100, 110);
    private static readonly FirmValue B = new(80, 100, 90);
    private static readonly FirmValue C = new(50, null, 40);
    private static readonly FirmValue D = new(0, 30, null);

    private static readonly Totals City = Sum([A, B, C, D]);

    [Fact]
    public void Sum_of_the_city_counts_entering_firms_in_the_value_but_not_the_base()
    {
        Assert.Equal(new Totals(Value: 250, Base: 230, PreviousMonth: 240, Firms: 4, WithBase: 3, Growing: 1, WithPrevious: 3), City);
        Assert.Equal(20, City.Increment);
    }

    [Fact]
    public void Compare_of_the_city_with_itself_gives_growth_growing_share_and_mom()
    {
        var f = Compare(City, City);
        Assert.Equal(8.70m, f.Growth); // 20 / 230
        Assert.Equal(100m, f.Contribution);
        Assert.Equal(8.70m, f.Pull);
        Assert.Equal(33.33m, f.GrowingShare); // A of A, B, D
        Assert.Equal(100m, f.Share);
        Assert.Equal(4.17m, f.MoM); // 250 vs 240
    }

    [Fact]
    public void Compare_of_groups_gives_contribution_pull_and_share_of_the_city()
    {
        var flat = Compare(Sum([A, B]), City);
        Assert.Equal((200m, 200m, 0m, 0m, 0m, 0m, 50m, 80m, 0m), (flat.Value, flat.Base, flat.Increment, flat.Growth!.Value, flat.Contribution!.Value,
            flat.Pull!.Value, flat.GrowingShare!.Value, flat.Share!.Value, flat.MoM!.Value));

        var newcomers = Compare(Sum([C, D]), City);
        Assert.Equal(50m, newcomers.Value);
        Assert.Equal(30m, newcomers.Base); // C adds nothing to the base
        Assert.Equal(66.67m, newcomers.Growth);
        Assert.Equal(100m, newcomers.Contribution); // all of the city's increment
        Assert.Equal(8.70m, newcomers.Pull); // 20 / 230 × 100
        Assert.Equal(0m, newcomers.GrowingShare); // only D has a base, and it fell
        Assert.Equal(20m, newcomers.Share);
        Assert.Equal(25m, newcomers.MoM); // 50 vs C's 40; D had no report last month
    }

    [Fact]
    public void Compare_with_a_firm_that_left_in_the_input_would_change_the_base_which_is_why_it_is_left_out()
    {
        var withLeaver = Sum([A, B, C, D, new FirmValue(0, 200)]);
        Assert.Equal(430, withLeaver.Base);
        Assert.NotEqual(Compare(City, City).Growth, Compare(withLeaver, withLeaver).Growth);
    }

    [Fact]
    public void Compare_when_the_total_falls_gives_a_shrinking_group_a_positive_contribution()
    {
        FirmValue p = new(100, 150), q = new(60, 50);
        var total = Sum([p, q]);
        Assert.Equal(-40, total.Increment);
        Assert.Equal(-20m, Compare(total, total).Growth);
        var fall = Compare(Sum([p]), total);
        Assert.Equal(125m, fall.Contribution); // -50 / -40
        Assert.Equal(-25m, fall.Pull); // -50 / 200
        var rise = Compare(Sum([q]), total);
        Assert.Equal(-25m, rise.Contribution); // 10 / -40
        Assert.Equal(5m, rise.Pull);
        Assert.Equal(fall.Pull + rise.Pull, Compare(total, total).Growth);
    }

    [Fact]
    public void Compare_when_the_total_increment_is_zero_has_no_contribution_but_still_pulls()
    {
        FirmValue r = new(110, 100), s = new(90, 100);
        var total = Sum([r, s]);
        Assert.Equal(0m, Compare(total, total).Growth);
        Assert.Null(Compare(Sum([r]), total).Contribution);
        Assert.Equal(5m, Compare(Sum([r]), total).Pull);
        Assert.Equal(-5m, Compare(Sum([s]), total).Pull);
    }

    [Fact]
    public void Compare_of_a_group_without_base_or_previous_month_has_no_growth_growing_share_or_mom()
    {
        var only = Sum([new FirmValue(70, null), new FirmValue(30, null)]);
        var f = Compare(only, City);
        Assert.Null(f.Growth);
        Assert.Null(f.GrowingShare);
        Assert.Null(f.MoM);
        Assert.Equal(0, f.WithBase);
        Assert.Equal(500m, f.Contribution); // 100 of the city's 20
    }

    [Fact]
    public void Growth_of_a_loss_turning_into_a_profit_is_not_comparable()
    {
        Assert.Null(Growth(20, -10));
        Assert.Null(Growth(20, 0));
        Assert.Equal(-300m, Growth(-20, 10));
    }

    [Fact]
    public void Compare_of_an_empty_group_is_all_zero_with_no_ratios_of_its_own()
    {
        var f = Compare(Totals.Empty, City);
        Assert.Equal((0m, 0, 0m), (f.Value, f.Firms, f.Contribution!.Value));
        Assert.Null(f.Growth);
        Assert.Equal(0m, f.Share);
        Assert.Null(Compare(Totals.Empty, Totals.Empty).Share);
    }
}
