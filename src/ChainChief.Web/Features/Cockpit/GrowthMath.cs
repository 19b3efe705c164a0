namespace ChainChief.Web.Features.Cockpit;

/// <summary>
/// 同口径 growth (DOMAIN §5), pure. A group's figure compares the firms reporting this period with the same firms a
/// year earlier: a firm that did not report a year ago adds 0 to the base, and a firm that reported a year ago but
/// not now is not in the input at all. Percentages are in percent (12.5 = 12.5%), 拉动 in percentage points, all
/// rounded to two decimals; a ratio whose denominator is zero (or, for growth, not positive) is null — "不可比".
/// </summary>
public static class GrowthMath
{
    /// <summary>One firm of a group: this period's value, its value a year earlier and the previous month's, null when it did not report then.</summary>
    public readonly record struct FirmValue(decimal Current, decimal? YearAgo, decimal? PreviousMonth = null);

    /// <summary>Sums of a group over its reporting firms.</summary>
    public sealed record Totals(decimal Value, decimal Base, decimal PreviousMonth, int Firms, int WithBase, int Growing, int WithPrevious)
    {
        public static readonly Totals Empty = new(0, 0, 0, 0, 0, 0, 0);

        public decimal Increment => Value - Base;
    }

    /// <summary>
    /// What the cockpit shows for a group against the total it belongs to (the city, a chain, a county). Growth (同比增速 %)
    /// = increment ÷ base; Contribution (贡献率 %) = the group's increment ÷ the total's increment; Pull (拉动, percentage
    /// points) = the group's increment ÷ the total's base × 100; GrowingShare (增长面 %) = firms above their year-ago value
    /// among those that have one; Share (占比 %) = the group's value ÷ the total's; MoM (环比 %) against the same firms'
    /// previous month.
    /// </summary>
    public sealed record Figures(decimal Value, decimal Base, decimal Increment, decimal? Growth, decimal? Contribution, decimal? Pull,
        decimal? GrowingShare, decimal? Share, decimal? MoM, int Firms, int WithBase, int Growing);

    public static Totals Sum(IEnumerable<FirmValue> firms)
    {
        decimal value = 0, @base = 0, previous = 0;
        int count = 0, withBase = 0, growing = 0, withPrevious = 0;
        foreach (var f in firms)
        {
            count++;
            value += f.Current;
            if (f.YearAgo is { } y)
            {
                withBase++;
                @base += y;
                if (f.Current > y)
                {
                    growing++;
                }
            }
            if (f.PreviousMonth is { } p)
            {
                withPrevious++;
                previous += p;
            }
        }
        return new Totals(value, @base, previous, count, withBase, growing, withPrevious);
    }

    /// <summary>The group's figures; <paramref name="total"/> is the whole the group is part of (pass the group itself for the whole).</summary>
    public static Figures Compare(Totals group, Totals total) => new(
        group.Value, group.Base, group.Increment,
        Growth(group.Value, group.Base),
        Ratio(group.Increment, total.Increment),
        total.Base > 0 ? Round(group.Increment / total.Base * 100) : null,
        group.WithBase > 0 ? Round((decimal)group.Growing / group.WithBase * 100) : null,
        Share(group.Value, total.Value),
        group.WithPrevious > 0 ? Growth(group.Value, group.PreviousMonth) : null,
        group.Firms, group.WithBase, group.Growing);

    /// <summary>Growth in percent; null when the base is zero or negative (a loss turning into a profit has no rate).</summary>
    public static decimal? Growth(decimal value, decimal @base) => @base > 0 ? Round((value - @base) / @base * 100) : null;

    /// <summary>A part of a whole in percent (贡献率, shares); null when the whole is zero. A negative whole keeps its sign:
    /// when the city shrinks, a shrinking group's contribution is positive — it is part of the fall.</summary>
    public static decimal? Ratio(decimal part, decimal whole) => whole == 0 ? null : Round(part / whole * 100);

    /// <summary>占比 in percent; null unless the whole is positive (a city-wide loss has no meaningful shares).</summary>
    public static decimal? Share(decimal part, decimal whole) => whole > 0 ? Round(part / whole * 100) : null;

    private static decimal Round(decimal percent) => Math.Round(percent, 2, MidpointRounding.AwayFromZero);
}
