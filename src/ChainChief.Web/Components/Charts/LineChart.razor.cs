using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace ChainChief.Web.Components.Charts;

/// <summary>A line chart of monthly series as inline SVG (no JavaScript); every point is focusable and clickable.</summary>
public sealed partial class LineChart
{
    /// <summary>One line: a value per period (null breaks the line), drawn dashed when <paramref name="Dashed"/> (a second cue besides colour).</summary>
    public sealed record Line(string Name, IReadOnlyList<decimal?> Values, bool Dashed = false);

    private const int W = 720;
    private const double Left = 64, Right = 16, Top = 18, Bottom = 28;

    [Parameter, EditorRequired] public IReadOnlyList<int> Periods { get; set; } = [];

    [Parameter, EditorRequired] public IReadOnlyList<Line> Lines { get; set; } = [];

    /// <summary>The values' unit ("万元", "万kWh", "人"), or "%" for rates.</summary>
    [Parameter] public string Unit { get; set; } = "万元";

    [Parameter] public string? Title { get; set; }

    [Parameter] public int Height { get; set; } = 240;

    /// <summary>Gets the period of the clicked point.</summary>
    [Parameter] public EventCallback<int> OnPointClick { get; set; }

    private IReadOnlyList<decimal> ticks = [];
    private decimal divisor = 1;
    private string unit = "";
    private decimal low, high;

    protected override void OnParametersSet()
    {
        var values = Lines.SelectMany(l => l.Values).OfType<decimal>().ToList();
        var largest = values.Count > 0 ? values.Max(Math.Abs) : 0;
        (divisor, unit) = Unit == "%" ? (1m, "%") : ChartFormat.Scale(largest, Unit);
        ticks = ChartFormat.Ticks(values.Count > 0 ? values.Min() / divisor : 0, values.Count > 0 ? values.Max() / divisor : 1);
        (low, high) = (ticks[0], ticks[^1]);
    }

    private double X(int i) => Left + ((W - Left - Right) * (Periods.Count <= 1 ? 0.5 : (double)i / (Periods.Count - 1)));

    /// <summary>The height of a value in the shown unit (ticks are in it already).</summary>
    private double YShown(decimal shown) => Top + ((Height - Top - Bottom) * (double)((high - shown) / (high - low)));

    private double Y(decimal value) => YShown(value / divisor);

    private string TickText(decimal tick) => Unit == "%" ? tick.ToString("0.#", System.Globalization.CultureInfo.CurrentCulture)
        : tick.ToString("N" + (ticks.Count > 1 && ticks[1] - ticks[0] < 1 ? "1" : "0"), System.Globalization.CultureInfo.CurrentCulture);

    /// <summary>Every month when there are few, else every third, always the first and each January.</summary>
    private bool ShowMonth(int i) => Periods.Count <= 13 || i == 0 || Periods[i] % 100 == 1 || (Periods[i] % 100) % 3 == 1;

    private static string ColorOf(int s) => ChartPalette.Categorical[s % ChartPalette.Categorical.Count];

    private string PathOf(Line series)
    {
        var d = new StringBuilder();
        var pen = false;
        for (var i = 0; i < Periods.Count && i < series.Values.Count; i++)
        {
            if (series.Values[i] is { } v)
            {
                d.Append(pen ? " L" : " M").Append(ChartFormat.N(X(i))).Append(',').Append(ChartFormat.N(Y(v)));
                pen = true;
            }
            else
            {
                pen = false;
            }
        }
        return d.ToString().Trim();
    }

    private string PointTitle(Line series, int period, decimal value) =>
        $"{series.Name} · {ChartFormat.Period(period)}：{(Unit == "%" ? ChartFormat.Percent(value) : ChartFormat.Amount(value, Unit))}";

    private Task OnKeyAsync(KeyboardEventArgs e, int period) =>
        ChainChief.Web.Components.Shared.KeyActivation.OnKey(e, OnPointClick, period);
}
