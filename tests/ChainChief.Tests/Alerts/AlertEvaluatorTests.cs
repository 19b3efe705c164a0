using ChainChief.Web.Features.Alerts;
using static ChainChief.Web.Features.Alerts.AlertKind;
using static ChainChief.Web.Features.Alerts.AlertLevel;

namespace ChainChief.Tests.Alerts;

/// <summary>The DOMAIN §5 default rules at and around their thresholds, on hand-computed figures (pure).</summary>
public sealed class AlertEvaluatorTests
{
    private const int Now = 202610;
    private static readonly IReadOnlyCollection<AlertEvaluator.Rule> Defaults = [.. AlertRuleDefaults.Rules];

    /// <summary>This month's output and electricity against the same month of last year; the months between are steady.</summary>
    private static Dictionary<int, AlertEvaluator.Month> Firm(decimal output, decimal? lastYearOutput, decimal power = 50, decimal? lastYearPower = 50,
        decimal previousOutput = 100)
    {
        var months = new Dictionary<int, AlertEvaluator.Month>
        {
            [Now] = new(Now, output, power),
            [202609] = new(202609, previousOutput, 50),
        };
        if (lastYearOutput is { } o)
        {
            months[202510] = new(202510, o, lastYearPower ?? 0);
        }
        return months;
    }

    private static List<AlertEvaluator.Raised> Run(Dictionary<int, AlertEvaluator.Month> months, IReadOnlyCollection<AlertEvaluator.Rule>? rules = null) =>
        AlertEvaluator.Evaluate(Now, months, rules ?? Defaults);

    [Theory]
    [InlineData(8001, null)]       // 19.99 % fall: below the 20 % threshold
    [InlineData(8000, Yellow)]     // exactly 20 %
    [InlineData(6001, Yellow)]     // 39.99 %
    [InlineData(6000, Orange)]     // exactly 40 %
    [InlineData(1, Orange)]        // 99.99 %
    [InlineData(10000, null)]      // flat
    [InlineData(12000, null)]      // growth
    public void Output_drop_is_graded_at_its_thresholds(int output, AlertLevel? expected)
    {
        var raised = Run(Firm(output, 10000)).Where(r => r.Kind == OutputDrop).Select(r => (AlertLevel?)r.Level).SingleOrDefault();
        Assert.Equal(expected, raised);
    }

    [Fact]
    public void Output_drop_message_carries_the_firms_own_figures()
    {
        var raised = Assert.Single(Run(Firm(120, 219)), r => r.Kind == OutputDrop);
        // (219 − 120) ÷ 219 = 45.205 % → orange
        Assert.Equal((Orange, "工业总产值同比下降45.2%（本月120万元，上年同月219万元）"), (raised.Level, raised.Message));
    }

    [Fact]
    public void No_last_year_or_a_zero_base_raises_no_year_on_year_alert()
    {
        Assert.Empty(Run(Firm(10, null)));
        Assert.Empty(Run(Firm(10, 0, power: 1, lastYearPower: 0)));
    }

    [Theory]
    [InlineData(35.01, null)]   // 29.98 % fall
    [InlineData(35, Yellow)]    // exactly 30 %
    [InlineData(0, Yellow)]     // power cut altogether
    public void Electricity_drop_at_thirty_percent(double power, AlertLevel? expected)
    {
        var raised = Run(Firm(100, 100, (decimal)power, 50)).Where(r => r.Kind == ElectricityDrop).Select(r => (AlertLevel?)r.Level).SingleOrDefault();
        Assert.Equal(expected, raised);
    }

    [Fact]
    public void Zero_output_after_output_is_red_stopped_instead_of_a_drop()
    {
        var raised = Run(Firm(0, 100, previousOutput: 80));
        var stopped = Assert.Single(raised, r => r.Kind is OutputStopped or OutputDrop);
        Assert.Equal((OutputStopped, Red, "本月工业总产值为零（停产），上月80万元"), (stopped.Kind, stopped.Level, stopped.Message));
    }

    [Fact]
    public void Zero_output_after_zero_output_is_not_a_new_stop()
    {
        Assert.DoesNotContain(Run(Firm(0, null, previousOutput: 0)), r => r.Kind == OutputStopped);
    }

    [Fact]
    public void Three_consecutive_months_below_last_year_is_yellow_two_is_not()
    {
        // Each month 1 % below the same month of last year: no drop alert, only the streak counts.
        var months = new Dictionary<int, AlertEvaluator.Month>();
        foreach (var p in new[] { 202608, 202609, 202610 })
        {
            months[p] = new(p, 99, 50);
            months[p - 100] = new(p - 100, 100, 50);
        }
        var raised = Assert.Single(Run(months));
        Assert.Equal((ConsecutiveDecline, Yellow, "工业总产值连续3个月同比下降（本月99万元，上年同月100万元）"), (raised.Kind, raised.Level, raised.Message));

        months[202608] = new(202608, 100, 50); // August level with last year: the streak is two
        Assert.Empty(Run(months));
    }

    [Fact]
    public void A_longer_streak_is_counted_only_as_far_as_the_rules_look_so_the_message_does_not_depend_on_the_months_loaded()
    {
        var months = new Dictionary<int, AlertEvaluator.Month>();
        foreach (var p in new[] { 202605, 202606, 202607, 202608, 202609, 202610 })
        {
            months[p] = new(p, 99, 50);
            months[p - 100] = new(p - 100, 100, 50);
        }
        Assert.Equal("工业总产值连续3个月同比下降（本月99万元，上年同月100万元）", Assert.Single(Run(months)).Message);
    }

    [Fact]
    public void Disabled_rules_are_not_applied_and_edited_thresholds_are()
    {
        var onlyYellowAtTen = new List<AlertEvaluator.Rule> { new(OutputDrop, Yellow, 0.1m) };
        Assert.Equal(Yellow, Assert.Single(Run(Firm(50, 100), onlyYellowAtTen)).Level);   // 50 % fall, no orange rule
        Assert.Single(Run(Firm(90, 100), onlyYellowAtTen));                                // 10 % exactly
        Assert.Empty(Run(Firm(0, 100), []));
    }

    [Fact]
    public void A_firm_without_a_report_this_month_raises_nothing()
    {
        var months = Firm(10, 100);
        months.Remove(Now);
        Assert.Empty(Run(months));
    }

    [Fact]
    public void Periods_affected_by_a_month_are_the_next_months_and_a_year_later()
    {
        Assert.Equal([202511, 202611, 202512, 202612, 202601, 202701], AlertEvaluator.PeriodsAffected(202511, Defaults).ToList());
    }

    [Fact]
    public void Periods_needed_cover_the_streak_and_last_year_and_the_previous_month()
    {
        Assert.Equal([202510, 202410, 202509, 202409, 202508, 202408, 202509],
            AlertEvaluator.PeriodsNeeded(202510, Defaults).ToList());
    }
}
