using ChainChief.Web.Features.Cultivation;
using ChainChief.Web.Features.Enterprises;

namespace ChainChief.Tests.Cultivation;

public sealed class ScaleWatchTests
{
    private static readonly ScaleWatchOptions Defaults = new();

    private static ScaleFigures Below(decimal now, decimal? yearAgo = null, int months = 12) => new(1, EnterpriseScale.BelowScale, now, months, yearAgo, yearAgo is null ? 0 : 12);

    private static ScaleFigures Above(decimal now, decimal? yearAgo = null) => new(1, EnterpriseScale.AboveScale, now, 12, yearAgo, yearAgo is null ? 0 : 12);

    [Theory]
    [InlineData(1499.99, null)]
    [InlineData(1500, ScaleReason.Near)]
    [InlineData(1999.99, ScaleReason.Near)]
    [InlineData(2000, ScaleReason.Reached)]
    [InlineData(2400, ScaleReason.Reached)]
    public void Pool_without_a_trend_takes_firms_from_the_floor_up(double trailing, ScaleReason? reason) =>
        Assert.Equal(reason, ScaleWatch.ForPool(Below((decimal)trailing), Defaults)?.Reason);

    [Fact]
    public void Pool_row_carries_the_distance_growth_and_months_to_cross()
    {
        var signal = ScaleWatch.ForPool(Below(1850m, 1440m), Defaults)!;
        Assert.Equal((1850m, 150m, 28.5m, 5, ScaleReason.Near), (signal.Trailing, signal.ToThreshold, signal.Growth!.Value, signal.MonthsToCross!.Value, signal.Reason));
        Assert.Contains("差 150 万元", signal.Note);
        Assert.Contains("约 5 个月达标", signal.Note);
    }

    [Theory]
    [InlineData(1300, 500, 11)] // +800 a year: 700 short → 10.5 → 11 months
    [InlineData(1400, 800, 12)] // +600 a year: exactly twelve months
    public void Below_the_floor_a_firm_whose_trend_crosses_within_the_horizon_is_rising(double now, double yearAgo, int months)
    {
        var signal = ScaleWatch.ForPool(Below((decimal)now, (decimal)yearAgo), Defaults)!;
        Assert.Equal((ScaleReason.Rising, months), (signal.Reason, signal.MonthsToCross!.Value));
    }

    [Theory]
    [InlineData(1400, 810)] // 12.2 months: just outside
    [InlineData(1200, 700)]
    [InlineData(1400, 1500)] // falling
    public void Below_the_floor_a_slower_or_falling_trend_stays_out(double now, double yearAgo) =>
        Assert.Null(ScaleWatch.ForPool(Below((decimal)now, (decimal)yearAgo), Defaults));

    [Fact]
    public void A_partial_window_is_scaled_to_a_year_and_above_scale_firms_are_not_in_the_pool()
    {
        var signal = ScaleWatch.ForPool(Below(900m, months: 6), Defaults)!;
        Assert.Equal((1800m, ScaleReason.Near), (signal.Trailing, signal.Reason));
        Assert.Contains("按 6 个月折算全年", signal.Note);
        Assert.Null(ScaleWatch.ForPool(Above(1800m), Defaults));
        Assert.Null(ScaleWatch.ForPool(Below(1800m) with { Months = 0 }, Defaults));
    }

    [Fact]
    public void Options_move_the_lines()
    {
        var o = new ScaleWatchOptions { PoolFloor = 1800m, HorizonMonths = 6 };
        Assert.Null(ScaleWatch.ForPool(Below(1700m), o));
        Assert.Null(ScaleWatch.ForPool(Below(1300m, 500m), o)); // 11 months > 6
        Assert.Equal(ScaleReason.Near, ScaleWatch.ForPool(Below(1800m), o)!.Reason);
    }

    [Theory]
    [InlineData(1999.99, null, ScaleReason.Fallen)]
    [InlineData(2000.0, null, null)]
    [InlineData(2100.0, 2700.0, ScaleReason.Falling)] // −50 a month: 2 months
    [InlineData(2600.0, 2700.0, null)] // −8.3 a month: 72 months
    [InlineData(2100.0, 2000.0, null)] // growing
    public void Watch_takes_above_scale_firms_below_the_line_or_falling_to_it_within_the_horizon(double now, double? yearAgo, ScaleReason? reason) =>
        Assert.Equal(reason, ScaleWatch.ForWatch(Above((decimal)now, (decimal?)yearAgo), Defaults)?.Reason);

    [Fact]
    public void Watch_row_says_how_far_below_or_when_it_falls()
    {
        var fallen = ScaleWatch.ForWatch(Above(1820m, 2300m), Defaults)!;
        Assert.Equal((180m, 0, -20.9m), (fallen.ToThreshold, fallen.MonthsToCross!.Value, fallen.Growth!.Value));
        Assert.Contains("低于规上标准 2,000 万元 180 万元", fallen.Note);
        var falling = ScaleWatch.ForWatch(Above(2100m, 2700m), Defaults)!;
        Assert.Equal((-100m, 2), (falling.ToThreshold, falling.MonthsToCross!.Value));
        Assert.Contains("约 2 个月后跌破", falling.Note);
        Assert.Null(ScaleWatch.ForWatch(Below(1000m), Defaults));
    }
}
