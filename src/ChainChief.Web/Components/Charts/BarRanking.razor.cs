using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace ChainChief.Web.Components.Charts;

/// <summary>A ranking as horizontal bars (contribution, growth …), largest first; rows without a value sink to the end.</summary>
public sealed partial class BarRanking
{
    /// <summary>A row: its key for the drill-down, its label, the ranked value, and an optional line for the tooltip.</summary>
    public sealed record Item(string Key, string Label, decimal? Value, string? Detail = null);

    private const int W = 520, RowHeight = 26, LabelWidth = 150, ValueRoom = 64;

    [Parameter, EditorRequired] public IReadOnlyList<Item> Items { get; set; } = [];

    /// <summary>"%" (rates, contributions), "pp" (percentage points) or an amount unit such as 万元.</summary>
    [Parameter] public string Unit { get; set; } = "%";

    [Parameter] public string? Title { get; set; }

    /// <summary>Shows at most this many rows.</summary>
    [Parameter] public int Max { get; set; } = 12;

    [Parameter] public EventCallback<string> OnItemClick { get; set; }

    private List<Item> ranked = [];
    private decimal low, high;

    private int H => Math.Max(1, ranked.Count) * RowHeight;

    private double Zero => Position(0);

    protected override void OnParametersSet()
    {
        ranked = [.. Items.OrderBy(i => i.Value is null).ThenByDescending(i => i.Value).Take(Max)];
        var values = ranked.Select(i => i.Value ?? 0).ToList();
        (low, high) = (Math.Min(0, values.DefaultIfEmpty().Min()), Math.Max(0, values.DefaultIfEmpty().Max()));
        if (low == high)
        {
            high = 1;
        }
    }

    private double Position(decimal value) =>
        LabelWidth + ValueRoom + ((W - LabelWidth - (2 * ValueRoom)) * (double)((value - low) / (high - low)));

    private (double X, double Width) Bar(decimal value)
    {
        var (a, b) = (Position(Math.Min(0, value)), Position(Math.Max(0, value)));
        return (a, Math.Max(1, b - a));
    }

    private string Text(decimal? value) => Unit switch
    {
        "%" => ChartFormat.Percent(value),
        "pp" => ChartFormat.Points(value),
        _ => value is { } v ? ChartFormat.Amount(v, Unit) : "—",
    };

    private string Tooltip(Item item) => item.Detail is { Length: > 0 } d ? $"{item.Label}：{Text(item.Value)}\n{d}" : $"{item.Label}：{Text(item.Value)}";

    private static string Short(string label) => label.Length > 11 ? label[..10] + "…" : label;

    private Task OnKeyAsync(KeyboardEventArgs e, string key) =>
        ChainChief.Web.Components.Shared.KeyActivation.OnKey(e, OnItemClick, key);
}
