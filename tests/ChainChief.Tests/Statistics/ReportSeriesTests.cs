using ChainChief.Web.Features.Statistics;
using static ChainChief.Web.Features.Statistics.ReportInputKind;

namespace ChainChief.Tests.Statistics;

/// <summary>YTD ↔ monthly derivation on hand-computed examples (pure).</summary>
public sealed class ReportSeriesTests
{
    /// <summary>Output carries the case; the other metrics follow it so every metric is exercised.</summary>
    private static Amounts A(decimal output, decimal? valueAdded = null) => new(output, output * 2, output / 10, output / 20, output / 4, output / 50, valueAdded);

    private static ReportSeries.Entry E(int period, ReportInputKind kind, decimal output, int employees = 100, decimal? valueAdded = null) =>
        new(period, kind, A(output, valueAdded), employees);

    [Fact]
    public void Derive_January_year_to_date_is_the_month()
    {
        var d = Assert.Single(ReportSeries.Derive([E(202601, YearToDate, 120)]));
        Assert.Equal(A(120), d.Monthly);
        Assert.Equal(A(120), d.Ytd);
        Assert.Equal(1, d.Months);
    }

    [Fact]
    public void Derive_year_to_date_input_gives_the_difference_to_the_previous_month()
    {
        var d = ReportSeries.Derive([E(202601, YearToDate, 100), E(202602, YearToDate, 180), E(202603, YearToDate, 300)]);
        Assert.Equal([100m, 80m, 120m], d.Select(x => x.Monthly.Output));
        Assert.Equal([200m, 160m, 240m], d.Select(x => x.Monthly.Revenue));
        Assert.Equal([100m, 180m, 300m], d.Select(x => x.Ytd.Output));
    }

    [Fact]
    public void Derive_monthly_input_accumulates_from_January()
    {
        var d = ReportSeries.Derive([E(202601, Monthly, 100), E(202602, Monthly, 80), E(202603, Monthly, 120)]);
        Assert.Equal([100m, 180m, 300m], d.Select(x => x.Ytd.Output));
        Assert.Equal([10m, 18m, 30m], d.Select(x => x.Ytd.Profit));
        Assert.All(d, x => Assert.Equal(1, x.Months));
    }

    [Fact]
    public void Derive_after_a_gap_the_next_month_covers_the_missing_ones()
    {
        var ytd = ReportSeries.Derive([E(202601, YearToDate, 100), E(202604, YearToDate, 400)]);
        Assert.Equal((300m, 3), (ytd[1].Monthly.Output, ytd[1].Months));
        var monthly = ReportSeries.Derive([E(202601, Monthly, 100), E(202604, Monthly, 90)]);
        Assert.Equal((190m, 3), (monthly[1].Ytd.Output, monthly[1].Months));
    }

    [Fact]
    public void Derive_first_report_of_a_year_after_January_takes_the_year_to_date_as_its_month()
    {
        var d = Assert.Single(ReportSeries.Derive([E(202611, YearToDate, 1100)]));
        Assert.Equal((1100m, 11), (d.Monthly.Output, d.Months));
    }

    [Fact]
    public void Derive_corrected_month_changes_later_months_other_side_and_keeps_their_input()
    {
        // March was 300 year-to-date and is corrected to 330; April was given as 本年累计 400, May as 当月 50.
        var original = ReportSeries.Derive([E(202603, YearToDate, 300), E(202604, YearToDate, 400), E(202605, Monthly, 50)], new(202602, A(180)));
        var corrected = ReportSeries.Derive([E(202603, YearToDate, 330), E(202604, YearToDate, 400), E(202605, Monthly, 50)], new(202602, A(180)));

        Assert.Equal((120m, 300m), (original[0].Monthly.Output, original[0].Ytd.Output));
        Assert.Equal((150m, 330m), (corrected[0].Monthly.Output, corrected[0].Ytd.Output));
        Assert.Equal((100m, 400m), (original[1].Monthly.Output, original[1].Ytd.Output));
        Assert.Equal((70m, 400m), (corrected[1].Monthly.Output, corrected[1].Ytd.Output)); // keeps its YTD, its month changes
        Assert.Equal((50m, 450m), (original[2].Monthly.Output, original[2].Ytd.Output));
        Assert.Equal((50m, 450m), (corrected[2].Monthly.Output, corrected[2].Ytd.Output)); // after a YTD month nothing moves

        var monthlyLater = ReportSeries.Derive([E(202603, YearToDate, 330), E(202604, Monthly, 100), E(202605, YearToDate, 500)], new(202602, A(180)));
        Assert.Equal((100m, 430m), (monthlyLater[1].Monthly.Output, monthlyLater[1].Ytd.Output)); // keeps its month, its YTD changes
        Assert.Equal((70m, 500m), (monthlyLater[2].Monthly.Output, monthlyLater[2].Ytd.Output));
    }

    [Fact]
    public void Derive_mixed_kinds_in_one_year_chain_through_each_other()
    {
        var d = ReportSeries.Derive([E(202601, Monthly, 100), E(202602, YearToDate, 250), E(202603, Monthly, 120), E(202604, YearToDate, 500)]);
        Assert.Equal([100m, 150m, 120m, 130m], d.Select(x => x.Monthly.Output));
        Assert.Equal([100m, 250m, 370m, 500m], d.Select(x => x.Ytd.Output));
        Assert.Equal([Monthly, YearToDate, Monthly, YearToDate], d.Select(x => x.Kind));
    }

    [Fact]
    public void Derive_profit_may_fall_and_go_negative()
    {
        var firstMonth = new Amounts(100, 100, 20, 5, 10, 1, null);
        var loss = new Amounts(200, 200, 5, 10, 20, 2, null);
        var d = ReportSeries.Derive([new(202601, YearToDate, firstMonth, 50), new(202602, YearToDate, loss, 50)]);
        Assert.Equal(-15m, d[1].Monthly.Profit);
        var monthly = ReportSeries.Derive([new(202601, Monthly, firstMonth with { Profit = -30 }, 50)]);
        Assert.Equal(-30m, monthly[0].Ytd.Profit);
    }

    [Fact]
    public void Derive_employees_are_a_month_end_stock_taken_as_given()
    {
        var d = ReportSeries.Derive([E(202601, YearToDate, 100, employees: 120), E(202602, Monthly, 100, employees: 118)]);
        Assert.Equal([120, 118], d.Select(x => x.Employees));
    }

    [Fact]
    public void Derive_value_added_is_optional_and_a_month_without_it_does_not_break_the_chain()
    {
        var d = ReportSeries.Derive([E(202601, YearToDate, 100, valueAdded: 30), E(202602, YearToDate, 200), E(202603, YearToDate, 300, valueAdded: 95)]);
        Assert.Equal((30m, 30m), (d[0].Monthly.ValueAdded, d[0].Ytd.ValueAdded));
        Assert.Null(d[1].Monthly.ValueAdded);
        Assert.Null(d[1].Ytd.ValueAdded);
        Assert.Equal((65m, 95m), (d[2].Monthly.ValueAdded, d[2].Ytd.ValueAdded));
        var monthly = ReportSeries.Derive([E(202601, Monthly, 100, valueAdded: 30), E(202602, Monthly, 100), E(202603, Monthly, 100, valueAdded: 40)]);
        Assert.Equal(70m, monthly[2].Ytd.ValueAdded);
    }

    [Fact]
    public void Derive_from_an_opening_month_uses_its_year_to_date()
    {
        var d = ReportSeries.Derive([E(202610, YearToDate, 1000), E(202611, Monthly, 110)], new(202609, A(880)));
        Assert.Equal((120m, 1), (d[0].Monthly.Output, d[0].Months));
        Assert.Equal(1110m, d[1].Ytd.Output);
    }

    [Fact]
    public void Derive_months_out_of_order_or_of_two_years_are_refused()
    {
        Assert.Throws<ArgumentException>(() => ReportSeries.Derive([E(202603, YearToDate, 1), E(202602, YearToDate, 2)]));
        Assert.Throws<ArgumentException>(() => ReportSeries.Derive([E(202512, YearToDate, 1), E(202601, YearToDate, 2)]));
        Assert.Throws<ArgumentException>(() => ReportSeries.Derive([E(202603, YearToDate, 1)], new(202603, A(1))));
    }
}
