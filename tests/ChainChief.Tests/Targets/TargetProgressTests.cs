using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Features.Targets;

namespace ChainChief.Tests.Targets;

/// <summary>Targets against time progress on hand-computed figures.</summary>
public sealed class TargetProgressTests
{
    private static Target Growth(decimal rate) => new() { Kind = TargetKind.Growth, Metric = Metric.Output, StartYear = 2026, EndYear = 2026, TargetValue = rate };

    // Last year: 100 a month, a January of 40 and a December of 160 — cumulative 40, 140, … 1,100, 1,260.
    private static readonly decimal[] LastYear = [40, 140, 240, 340, 440, 540, 640, 740, 840, 940, 1100, 1200];

    [Theory]
    [InlineData(1, 8.33)]
    [InlineData(2, 16.67)]
    [InlineData(3, 25)]
    [InlineData(4, 33.33)]
    [InlineData(5, 41.67)]
    [InlineData(6, 50)]
    [InlineData(7, 58.33)]
    [InlineData(8, 66.67)]
    [InlineData(9, 75)]
    [InlineData(10, 83.33)]
    [InlineData(11, 91.67)]
    [InlineData(12, 100)]
    public void Time_progress_and_gap_for_each_month(int month, double expected)
    {
        // Goal 1,200 × 1.10 = 1,320; a year to date of 660 is 50% complete.
        var result = TargetProgress.Compute(Growth(0.10m), Periods.Of(2026, month), new(660, LastYear));
        Assert.Equal((decimal)expected, result.TimeProgress);
        Assert.Equal(1320m, result.Goal);
        Assert.Equal(50m, result.Completion);
        Assert.Equal(50m - (decimal)expected, result.Gap);
        Assert.Equal(month > 6, result.Behind);
    }

    [Fact]
    public void Gap_reads_as_the_dispatch_meeting_says_it()
    {
        Assert.Equal("落后时间进度 33.3 个百分点", TargetProgress.Compute(Growth(0.10m), 202610, new(660, LastYear)).GapText);
        Assert.Equal("超时间进度 16.7 个百分点", TargetProgress.Compute(Growth(0.10m), 202604, new(660, LastYear)).GapText);
    }

    [Fact]
    public void Forecast_follows_last_years_monthly_shape()
    {
        // By March last year had 240 of 1,200 (20%): a year to date of 300 forecasts 1,500 — above the goal of 1,320.
        var march = TargetProgress.Compute(Growth(0.10m), 202603, new(300, LastYear));
        Assert.Equal(1500m, march.Forecast);
        Assert.True(march.ForecastMeetsGoal);
        // By November 1,100 of 1,200: 1,100 so far forecasts 1,200 — short of 1,320, though completion (83.3%) trails 91.7%.
        var november = TargetProgress.Compute(Growth(0.10m), 202611, new(1100, LastYear));
        Assert.Equal(1200m, november.Forecast);
        Assert.False(november.ForecastMeetsGoal);
        Assert.Equal(83.33m, november.Completion);
    }

    [Fact]
    public void Without_last_year_a_growth_target_has_no_goal_and_the_forecast_is_a_straight_line()
    {
        var result = TargetProgress.Compute(Growth(0.08m), 202604, new(400, null));
        Assert.Null(result.Goal);
        Assert.Null(result.Completion);
        Assert.Null(result.Gap);
        Assert.False(result.Behind);
        Assert.Equal(1200m, result.Forecast); // 400 × 12 / 4
        Assert.Equal("无法计算", result.GapText);
    }

    [Fact]
    public void A_multi_year_value_target_follows_its_compound_growth_path()
    {
        // 1,000 in 2024 to 1,331 in 2027: 10% a year — goals 1,100 (2025), 1,210 (2026), 1,331 (2027).
        var target = new Target { Kind = TargetKind.Value, StartYear = 2025, EndYear = 2027, TargetValue = 1331, BaseValue = 1000 };
        Assert.Equal(1100m, TargetProgress.Goal(target, 2025, null, null));
        Assert.Equal(1210m, TargetProgress.Goal(target, 2026, null, null));
        Assert.Equal(1331m, TargetProgress.Goal(target, 2027, null, null));
        Assert.Null(TargetProgress.Goal(target, 2028, null, null));
        Assert.Equal(10m, TargetProgress.Cagr(target, null));
        // Without a set base the actual of the year before the start is used.
        var unset = new Target { Kind = TargetKind.Value, StartYear = 2025, EndYear = 2027, TargetValue = 1331 };
        Assert.Equal(1210m, TargetProgress.Goal(unset, 2026, null, 1000));
        Assert.Null(TargetProgress.Goal(unset, 2026, null, null));
        // An annual value target is its value.
        Assert.Equal(500m, TargetProgress.Goal(new Target { Kind = TargetKind.Value, StartYear = 2026, EndYear = 2026, TargetValue = 500 }, 2026, null, null));
    }
}
