using System.Globalization;

namespace ChainChief.Web.Features.Incentives;

/// <summary>Milestone thresholds as stored on matches and awards: "100000;500000" (万元, invariant culture).</summary>
public static class Milestones
{
    public static string Format(IEnumerable<decimal> thresholds) =>
        string.Join(';', thresholds.Order().Select(t => t.ToString("0.####", CultureInfo.InvariantCulture)));

    public static IEnumerable<decimal> Parse(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(t => decimal.Parse(t, CultureInfo.InvariantCulture));
}
