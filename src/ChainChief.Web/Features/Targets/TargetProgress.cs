namespace ChainChief.Web.Features.Targets;

/// <summary>
/// Where a target stands in a month (DOMAIN §5), pure. The year's goal: a value target's end value, or on the way to it
/// the compound-growth (CAGR) path from the base year; a growth target's last-year actual × (1 + rate). Completion =
/// year-to-date actual ÷ goal; time progress for month m = m/12; the gap in percentage points ("超/落后时间进度 X 个百分点");
/// the full-year forecast follows last year's monthly shape (year to date ÷ the share of last year's total reached by
/// month m), or a straight line when last year is unknown. Percentages are in percent, rounded to two decimals.
/// </summary>
public static class TargetProgress
{
    /// <summary>What the statistics say about the target's scope and metric.</summary>
    /// <param name="YearToDate">This year's actual up to the month.</param>
    /// <param name="LastYearCumulative">Last year's year-to-date at months 1–12 (index 0 = January); null when unknown.</param>
    /// <param name="BaseYearTotal">The full-year actual of the year before a multi-year target starts, when no base is set.</param>
    /// <param name="SameFirmsGrowth">同口径 year-to-date growth of the scope, percent.</param>
    public sealed record Actuals(decimal YearToDate, IReadOnlyList<decimal>? LastYearCumulative, decimal? BaseYearTotal = null, decimal? SameFirmsGrowth = null);

    public sealed record Result(int Year, int Month, decimal? Goal, decimal Actual, decimal? Completion, decimal TimeProgress, decimal? Gap,
        decimal? Forecast, bool? ForecastMeetsGoal, decimal? TargetGrowth, decimal? ActualGrowth)
    {
        /// <summary>Behind time progress (落后时间进度).</summary>
        public bool Behind => Gap < 0;

        public string GapText => Gap is not { } g ? "无法计算"
            : g >= 0 ? $"超时间进度 {g:0.0} 个百分点" : $"落后时间进度 {-g:0.0} 个百分点";
    }

    public static decimal TimeProgress(int month) => Round(month * 100m / 12);

    /// <summary>The goal of <paramref name="year"/>; null when the base it needs is unknown or the year is outside the target.</summary>
    public static decimal? Goal(Target target, int year, decimal? lastYearTotal, decimal? baseYearTotal)
    {
        if (year < target.StartYear || year > target.EndYear)
        {
            return null;
        }
        if (target.Kind == TargetKind.Growth)
        {
            return lastYearTotal is { } last and > 0 ? Math.Round(last * (1 + target.TargetValue), 2) : null;
        }
        if (target.StartYear == target.EndYear)
        {
            return target.TargetValue;
        }
        if ((target.BaseValue ?? baseYearTotal) is not { } @base || @base <= 0)
        {
            return null;
        }
        var rate = GrowthFactor(target, @base);
        return year == target.EndYear ? target.TargetValue : Math.Round(@base * (decimal)Math.Pow(rate, year - target.StartYear + 1), 2);
    }

    /// <summary>The compound annual growth rate a multi-year value target asks for, percent.</summary>
    public static decimal? Cagr(Target target, decimal? baseYearTotal) =>
        target.Kind == TargetKind.Value && (target.BaseValue ?? baseYearTotal) is { } b && b > 0 ? Round((decimal)(GrowthFactor(target, b) - 1) * 100) : null;

    /// <summary>The yearly factor that takes the base to the target value over the target's years.</summary>
    private static double GrowthFactor(Target target, decimal @base) =>
        Math.Pow((double)(target.TargetValue / @base), 1.0 / (target.EndYear - target.StartYear + 1));

    public static Result Compute(Target target, int period, Actuals actuals)
    {
        var (year, month) = (Statistics.Periods.Year(period), Statistics.Periods.Month(period));
        var last = actuals.LastYearCumulative;
        var lastTotal = last is { Count: 12 } ? last[11] : (decimal?)null;
        var goal = Goal(target, year, lastTotal, actuals.BaseYearTotal);
        var timeProgress = TimeProgress(month);
        var completion = goal is > 0 ? Round(actuals.YearToDate / goal.Value * 100) : (decimal?)null;
        var share = last is { Count: 12 } && last[11] > 0 && last[month - 1] > 0 ? last[month - 1] / last[11] : month / 12m;
        var forecast = Math.Round(actuals.YearToDate / share, 2);
        return new Result(year, month, goal, actuals.YearToDate, completion, timeProgress, completion - timeProgress, forecast,
            goal is null ? null : forecast >= goal, target.Kind == TargetKind.Growth ? Round(target.TargetValue * 100) : null,
            actuals.SameFirmsGrowth);
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
