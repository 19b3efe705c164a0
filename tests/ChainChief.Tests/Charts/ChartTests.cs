using System.Text.RegularExpressions;
using ChainChief.Web.Components.Charts;
using static ChainChief.Tests.Infrastructure.ComponentRenderer;

namespace ChainChief.Tests.Charts;

/// <summary>The line chart, the ranking bars and the gauge render their data with the hooks the browser tests use.</summary>
public sealed partial class ChartTests
{
    private static readonly int[] Months = [.. Enumerable.Range(0, 36).Select(i => ((2023 + ((10 + i) / 12)) * 100) + ((10 + i) % 12) + 1)];

    [Fact]
    public async Task LineChart_of_two_series_draws_a_line_and_a_titled_point_for_each_value_with_a_gap_for_a_missing_month()
    {
        decimal? Value(int i) => i == 20 ? null : 90_000 + (i * 1_000);
        var html = await RenderAsync<LineChart>(new()
        {
            [nameof(LineChart.Periods)] = Months,
            [nameof(LineChart.Lines)] = new LineChart.Line[] { new("本期", [.. Enumerable.Range(0, 36).Select(Value)]), new("上年同期", [.. Enumerable.Range(0, 36).Select(i => (decimal?)80_000)], Dashed: true) },
            [nameof(LineChart.Unit)] = "万元",
        });
        Assert.Contains("data-chart=\"line\"", html);
        var current = Regex.Match(html, "<path d=\"(?<d>[^\"]+)\"[^>]*data-series=\"本期\"").Groups["d"].Value;
        Assert.Equal(2, current.Count(c => c == 'M')); // broken at the missing month
        Assert.Equal(35, Regex.Count(html, "<circle[^>]*data-series=\"本期\""));
        Assert.Equal(36, Regex.Count(html, "<circle[^>]*data-series=\"上年同期\""));
        Assert.Contains("stroke-dasharray=\"6 4\"", html);
        Assert.Contains($"data-period=\"{Months[^1]}\"", html);
        // 125,000 万元 reads as 亿元 on the axis and in the titles.
        Assert.Contains("data-unit=\"亿元\"", html);
        Assert.Contains("<title>本期 · 2026年10月：12.50亿元</title>", html); // the last month: 90,000 + 35 × 1,000
        Assert.Contains(">2024年1月</text>", html);
        Assert.DoesNotContain(">2月</text>", html); // every third month only
        Assert.Equal(Regex.Count(html, "<text"), Regex.Count(html, "</text>"));
    }

    [Fact]
    public async Task LineChart_of_rates_has_a_percent_axis_through_zero()
    {
        var html = await RenderAsync<LineChart>(new()
        {
            [nameof(LineChart.Periods)] = Months[..12],
            [nameof(LineChart.Lines)] = new LineChart.Line[] { new("同比", [.. Enumerable.Range(0, 12).Select(i => (decimal?)(i - 4))]) },
            [nameof(LineChart.Unit)] = "%",
        });
        Assert.Contains("data-unit=\"%\"", html);
        Assert.Contains("data-tick=\"0\"", html);
        Assert.Contains("：−4.0%</title>", html);
        Assert.Contains("：+7.0%</title>", html);
    }

    [Fact]
    public async Task BarRanking_ranks_rows_and_marks_growth_and_decline_in_text_and_colour()
    {
        var html = await RenderAsync<BarRanking>(new()
        {
            [nameof(BarRanking.Items)] = new BarRanking.Item[] { new("a", "汉滨区", -4m), new("b", "汉阴县", 12.34m), new("c", "石泉县", null), new("d", "宁陕县", 3m) },
        });
        var rows = BarRow().Matches(html).Select(m => (m.Groups["key"].Value, m.Groups["sign"].Value)).ToList();
        Assert.Equal([("b", "up"), ("d", "up"), ("a", "down"), ("c", "none")], rows);
        Assert.Contains(">+12.3%</text>", html);
        Assert.Contains(">−4.0%</text>", html);
        Assert.Contains(">—</text>", html);
        Assert.Contains($"fill=\"{ChartPalette.Down}\"", html);
        Assert.Contains($"fill=\"{ChartPalette.Up}\"", html);
    }

    [Theory]
    [InlineData(60, 75, "behind", "落后时间进度 15.0 个百分点")]
    [InlineData(80, 75, "ahead", "超时间进度 5.0 个百分点")]
    public async Task Gauge_compares_completion_with_time_progress(int value, int marker, string state, string gap)
    {
        var html = await RenderAsync<Gauge>(new()
        {
            [nameof(Gauge.Value)] = (decimal)value,
            [nameof(Gauge.Marker)] = (decimal?)marker,
            [nameof(Gauge.Label)] = "工业总产值目标完成",
        });
        Assert.Contains($"data-gauge-state=\"{state}\"", html);
        Assert.Contains($"data-gauge-value=\"{value}\"", html);
        Assert.Contains(gap, html);
        Assert.Contains("data-gauge-arc=\"marker\"", html);
        Assert.Contains($">{value}.0%</text>", html);
    }

    [Fact]
    public async Task Gauge_without_a_marker_shows_only_the_value()
    {
        var html = await RenderAsync<Gauge>(new() { [nameof(Gauge.Value)] = 0m, [nameof(Gauge.Label)] = "完成" });
        Assert.Contains("data-gauge-state=\"none\"", html);
        Assert.DoesNotContain("data-gauge-arc", html);
    }

    [Fact]
    public void ChartFormat_writes_amounts_in_wan_or_yi_and_signed_rates()
    {
        using var _ = new CultureScope("zh-CN");
        Assert.Equal("12.35亿元", ChartFormat.Amount(123_456m, "万元"));
        Assert.Equal("8,420万元", ChartFormat.Amount(8_420m, "万元"));
        Assert.Equal("1.20亿kWh", ChartFormat.Amount(12_000m, "万kWh"));
        Assert.Equal("15,000人", ChartFormat.Amount(15_000m, "人"));
        Assert.Equal(("+5.2%", "−0.5%", "—"), (ChartFormat.Percent(5.2m), ChartFormat.Percent(-0.46m), ChartFormat.Percent(null)));
        Assert.Equal([-50m, 0m, 50m, 100m, 150m], ChartFormat.Ticks(-30m, 140m));
        Assert.Equal([0m, 0.2m, 0.4m, 0.6m, 0.8m, 1m], ChartFormat.Ticks(0m, 0.9m));
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly System.Globalization.CultureInfo before = System.Globalization.CultureInfo.CurrentCulture;

        public CultureScope(string name) =>
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = new(name);

        public void Dispose() => System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = before;
    }

    [GeneratedRegex("""<g data-bar-key="(?<key>[^"]+)"[^>]*data-bar-sign="(?<sign>[^"]+)""")]
    private static partial Regex BarRow();
}
