namespace ChainChief.Web.Components.Charts;

/// <summary>
/// Colours that stay apart with the common colour-vision deficiencies. Categories use the Okabe–Ito palette (as the chain
/// map does); up/down and the map's diverging scale use blue for growth and orange for decline, never red against
/// green. Every chart also says its numbers in text, so colour is never the only cue.
/// </summary>
public static class ChartPalette
{
    /// <summary>Okabe–Ito, in the order series take them (black and yellow last: thin lines of them read poorly).</summary>
    public static readonly IReadOnlyList<string> Categorical = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442"];

    public const string Up = "#0072B2";
    public const string Down = "#D55E00";
    public const string Axis = "#9E9E9E";
    public const string Grid = "#E6E6E6";
    public const string Text = "#424242";
    public const string NoData = "#E0E0E0";

    /// <summary>A step of the diverging growth scale: its lower bound (inclusive), fill, and the text colour readable on it.</summary>
    public sealed record Step(decimal? From, string Fill, string Ink);

    /// <summary>Seven steps from orange (≤ −20%) through light grey (±2%) to blue (≥ +20%).</summary>
    public static readonly IReadOnlyList<Step> Growth =
    [
        new(null, "#A84300", "#FFFFFF"),
        new(-20m, "#E08A3C", "#000000"),
        new(-10m, "#F6CBA0", "#000000"),
        new(-2m, "#F2F2F2", "#000000"),
        new(2m, "#B5D4EA", "#000000"),
        new(10m, "#5A9BD0", "#000000"),
        new(20m, "#0A5A96", "#FFFFFF"),
    ];

    /// <summary>The step a growth rate falls in; null for no comparable figure.</summary>
    public static Step? ForGrowth(decimal? growth) => StepIndex(growth) is { } i ? Growth[i] : null;

    /// <summary>Which step of <see cref="Growth"/> a growth rate falls in; null without a figure.</summary>
    public static int? StepIndex(decimal? growth)
    {
        if (growth is not { } g)
        {
            return null;
        }
        var i = Growth.Count - 1;
        while (i > 0 && g < Growth[i].From)
        {
            i--;
        }
        return i;
    }
}
