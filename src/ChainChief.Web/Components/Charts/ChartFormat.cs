using ChainChief.Web.Features.Statistics;
using System.Globalization;

namespace ChainChief.Web.Components.Charts;

/// <summary>
/// Numbers on charts and cards, per the current culture. Statistics are stored in 万 units (万元, 万kWh); from 10,000 万
/// on they read as 亿 (亿元, 亿kWh), as officials write them. Axis ticks are "nice" steps (1, 2, 2.5, 5 × 10ⁿ).
/// </summary>
public static class ChartFormat
{
    /// <summary>The unit a set of values reads best in: 万元 values of 10,000 and more become 亿元.</summary>
    public static (decimal Divisor, string Unit) Scale(decimal largest, string unit) =>
        unit.StartsWith('万') && Math.Abs(largest) >= 10_000 ? (10_000m, "亿" + unit[1..]) : (1m, unit);

    /// <summary>"12.35亿元", "8,420万元", "1,250人".</summary>
    public static string Amount(decimal value, string unit)
    {
        var (divisor, shown) = Scale(value, unit);
        var scaled = value / divisor;
        var format = divisor > 1 || Math.Abs(scaled) < 100 ? "N2" : "N0";
        return scaled.ToString(format, CultureInfo.CurrentCulture) + shown;
    }

    /// <summary>"+5.2%", "−3.0%", "—" when there is nothing to compare.</summary>
    public static string Percent(decimal? value) => value is { } v ? Signed(v) + "%" : "—";

    /// <summary>"+1.8" percentage points or "—".</summary>
    public static string Points(decimal? value) => value is { } v ? Signed(v) : "—";

    private static string Signed(decimal v) => (v > 0 ? "+" : v < 0 ? "−" : "") + Math.Abs(v).ToString("N1", CultureInfo.CurrentCulture);

    /// <summary>Tick values covering [min, max] (always including 0) in about <paramref name="count"/> nice steps.</summary>
    public static IReadOnlyList<decimal> Ticks(decimal min, decimal max, int count = 5)
    {
        (min, max) = (Math.Min(min, 0), Math.Max(max, 0));
        if (min == max)
        {
            max = min + 1;
        }
        var raw = (double)(max - min) / count;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = (decimal)(new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw));
        var first = Math.Floor(min / step) * step;
        var ticks = new List<decimal>();
        for (var t = first; t < max + step; t += step)
        {
            ticks.Add(t);
        }
        return ticks;
    }

    /// <summary>Month tick text: "2025年1月" in January, "4月" otherwise (zh); "Jan 2025" / "Apr" (en).</summary>
    public static string Month(int period)
    {
        var (year, month) = (Periods.Year(period), Periods.Month(period));
        var zh = CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);
        return (zh, month) switch
        {
            (true, 1) => $"{year}年1月",
            (true, _) => $"{month}月",
            (false, 1) => $"Jan {year}",
            _ => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month),
        };
    }

    /// <summary>"2026年10月" / "Oct 2026".</summary>
    public static string Period(int period) => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal)
        ? Periods.Label(period)
        : $"{CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(Periods.Month(period))} {Periods.Year(period)}";

    /// <summary>SVG coordinates: invariant, one decimal.</summary>
    public static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
