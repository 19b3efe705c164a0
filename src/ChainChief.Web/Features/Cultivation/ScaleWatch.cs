using ChainChief.Web.Features.Enterprises;

namespace ChainChief.Web.Features.Cultivation;

/// <summary>The 规上 threshold and how wide the 升规 pool and 退库 watch look (DOMAIN §8). Money in 万元.</summary>
public sealed record ScaleWatchOptions
{
    /// <summary>规模以上工业企业: annual main-business revenue ≥ 2000万元 since 2011.</summary>
    public decimal Threshold { get; init; } = 2000m;
    /// <summary>A below-scale firm with trailing revenue at or above this is in the 升规 pool whatever its trend.</summary>
    public decimal PoolFloor { get; init; } = 1500m;
    /// <summary>A firm whose trend crosses the threshold within this many months is in the pool (or on the watch).</summary>
    public int HorizonMonths { get; init; } = 12;
}

/// <summary>
/// One firm's revenue as the scale watch needs it: the sum of 营业收入 over the last twelve months and over the
/// twelve before, with the number of months each sum covers (a partial window is scaled up to a year).
/// </summary>
public sealed record ScaleFigures(int EnterpriseId, EnterpriseScale Scale, decimal Revenue, int Months, decimal? RevenueYearAgo, int MonthsYearAgo);

/// <summary>Why a firm is in the pool or on the watch.</summary>
public enum ScaleReason
{
    /// <summary>Below scale, trailing revenue already at or above the threshold: ready to be reported 升规.</summary>
    Reached,
    /// <summary>Below scale, trailing revenue at or above the pool floor.</summary>
    Near,
    /// <summary>Below scale, below the floor, but the trend crosses the threshold within the horizon.</summary>
    Rising,
    /// <summary>Above scale, trailing revenue below the threshold.</summary>
    Fallen,
    /// <summary>Above scale, still above the threshold, but the trend falls below it within the horizon.</summary>
    Falling,
}

/// <summary>
/// A firm in the 升规 pool or on the 退库 watch. <see cref="ToThreshold"/> = threshold − trailing revenue (positive:
/// short of it; negative: above it). <see cref="Growth"/> is the year-on-year change of the trailing revenue (%),
/// <see cref="MonthsToCross"/> the months until the linear trend of the last year reaches the threshold (0 = already
/// across; null = the trend never gets there).
/// </summary>
public sealed record ScaleSignal(int EnterpriseId, decimal Trailing, decimal ToThreshold, decimal? Growth, int? MonthsToCross, ScaleReason Reason, string Note);

/// <summary>
/// 升规 pool and 退库 watch (DOMAIN §8, research §3.1): pure arithmetic on trailing revenue. The trend is linear: the
/// trailing sum changed by (now − a year ago) over twelve months, so it moves by a twelfth of that each month.
/// </summary>
public static class ScaleWatch
{
    /// <summary>The signal for a below-scale firm, or null when it is not near the threshold.</summary>
    public static ScaleSignal? ForPool(ScaleFigures f, ScaleWatchOptions o)
    {
        if (f.Scale != EnterpriseScale.BelowScale || f.Months <= 0)
        {
            return null;
        }
        var (trailing, growth, slope) = Trend(f);
        var gap = o.Threshold - trailing;
        int? months = gap <= 0 ? 0 : slope > 0 ? (int)Math.Ceiling(gap / slope.Value) : null;
        ScaleReason? reason = gap <= 0 ? ScaleReason.Reached
            : trailing >= o.PoolFloor ? ScaleReason.Near
            : months <= o.HorizonMonths ? ScaleReason.Rising
            : null;
        return reason is { } r ? new ScaleSignal(f.EnterpriseId, trailing, Math.Round(gap, 2), growth, months, r, PoolNote(r, trailing, gap, months, f.Months, o)) : null;
    }

    /// <summary>The signal for an above-scale firm, or null when it is safely above the threshold.</summary>
    public static ScaleSignal? ForWatch(ScaleFigures f, ScaleWatchOptions o)
    {
        if (f.Scale != EnterpriseScale.AboveScale || f.Months <= 0)
        {
            return null;
        }
        var (trailing, growth, slope) = Trend(f);
        var margin = trailing - o.Threshold;
        int? months = margin < 0 ? 0 : slope < 0 ? (int)Math.Ceiling(margin / -slope.Value) : null;
        ScaleReason? reason = margin < 0 ? ScaleReason.Fallen
            : months is { } m && m <= o.HorizonMonths && margin >= 0 && slope < 0 ? ScaleReason.Falling
            : null;
        return reason is { } r ? new ScaleSignal(f.EnterpriseId, trailing, Math.Round(-margin, 2), growth, months, r, WatchNote(r, trailing, margin, months, f.Months, o)) : null;
    }

    /// <summary>Trailing revenue scaled to twelve months (a firm that reported six months of 900万 has 1800万).</summary>
    public static decimal Trailing(ScaleFigures f) => f.Months <= 0 ? 0 : Math.Round(Annual(f.Revenue, f.Months), 2);

    /// <summary>Trailing revenue (scaled to twelve months), its growth on a year ago (%), and the monthly slope.</summary>
    private static (decimal Trailing, decimal? Growth, decimal? Slope) Trend(ScaleFigures f)
    {
        var trailing = Trailing(f);
        if (f.RevenueYearAgo is not { } before || f.MonthsYearAgo <= 0)
        {
            return (trailing, null, null);
        }
        var yearAgo = Annual(before, f.MonthsYearAgo);
        var growth = yearAgo > 0 ? Math.Round((trailing - yearAgo) / yearAgo * 100, 1) : (decimal?)null;
        return (trailing, growth, (trailing - yearAgo) / 12);
    }

    private static decimal Annual(decimal sum, int months) => months >= 12 ? sum : sum * 12 / months;

    private static string Partial(int months) => months < 12 ? $"（按 {months} 个月折算全年）" : "";

    private static string PoolNote(ScaleReason r, decimal trailing, decimal gap, int? months, int reported, ScaleWatchOptions o) => r switch
    {
        ScaleReason.Reached => $"近12个月营业收入 {GapText.Number(trailing)} 万元{Partial(reported)}，已达规上标准 {GapText.Number(o.Threshold)} 万元，可申报升规",
        _ => $"近12个月营业收入 {GapText.Number(trailing)} 万元{Partial(reported)}，距规上标准 {GapText.Number(o.Threshold)} 万元差 {GapText.Number(gap)} 万元"
            + (months is { } m ? $"，按近一年趋势约 {m} 个月达标" : "，按近一年趋势难以达标"),
    };

    private static string WatchNote(ScaleReason r, decimal trailing, decimal margin, int? months, int reported, ScaleWatchOptions o) => r switch
    {
        ScaleReason.Fallen => $"近12个月营业收入 {GapText.Number(trailing)} 万元{Partial(reported)}，低于规上标准 {GapText.Number(o.Threshold)} 万元 {GapText.Number(-margin)} 万元，有退库风险",
        _ => $"近12个月营业收入 {GapText.Number(trailing)} 万元{Partial(reported)}，高出规上标准 {GapText.Number(margin)} 万元，按近一年趋势约 {months} 个月后跌破",
    };
}
