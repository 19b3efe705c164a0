using System.Globalization;
using ChainChief.Web.Features.Statistics;

namespace ChainChief.Web.Features.Alerts;

/// <summary>
/// Applies the enabled alert rules to one firm's monthly figures (pure). Year-on-year drops need a positive figure in
/// the same month of last year (上年同月); a firm without one (new, or zero a year ago) is not compared. Several rules of
/// one kind grade it: the highest level whose threshold the drop reaches wins.
/// </summary>
public static class AlertEvaluator
{
    /// <summary>A firm's 当月 工业总产值 (万元) and 用电量 (万kWh) in one month.</summary>
    public sealed record Month(int Period, decimal Output, decimal Electricity);

    public sealed record Rule(AlertKind Kind, AlertLevel Level, decimal Threshold);

    public sealed record Raised(AlertKind Kind, AlertLevel Level, string Message);

    /// <summary>The periods whose figures <see cref="Evaluate"/> reads for <paramref name="period"/>.</summary>
    public static IEnumerable<int> PeriodsNeeded(int period, IEnumerable<Rule> rules)
    {
        var span = Span(rules);
        for (var i = 0; i < span; i++)
        {
            var p = Periods.AddMonths(period, -i);
            yield return p;
            yield return Periods.YearAgo(p);
        }
        yield return Periods.Previous(period);
    }

    /// <summary>The periods whose alerts change when <paramref name="period"/>'s figures change (the inverse of
    /// <see cref="PeriodsNeeded"/>): itself, the next months (停产 after it, the streak), and the same months a year later.</summary>
    public static IEnumerable<int> PeriodsAffected(int period, IEnumerable<Rule> rules)
    {
        var span = Math.Max(2, Span(rules));
        for (var i = 0; i < span; i++)
        {
            yield return Periods.AddMonths(period, i);
            yield return Periods.AddMonths(period, 12 + i);
        }
    }

    /// <param name="period">The month evaluated.</param>
    /// <param name="months">The firm's reports by period (any that exist; missing months are simply absent).</param>
    /// <param name="rules">The enabled rules.</param>
    public static List<Raised> Evaluate(int period, IReadOnlyDictionary<int, Month> months, IReadOnlyCollection<Rule> rules)
    {
        var raised = new List<Raised>();
        if (!months.TryGetValue(period, out var now))
        {
            return raised;
        }
        months.TryGetValue(Periods.YearAgo(period), out var yearAgo);
        months.TryGetValue(Periods.Previous(period), out var previous);

        var stopped = now.Output == 0 && previous is { Output: > 0 };
        if (stopped && Highest(rules, AlertKind.OutputStopped, _ => true) is { } stopLevel)
        {
            raised.Add(new(AlertKind.OutputStopped, stopLevel,
                $"本月工业总产值为零（停产），上月{Amount(previous!.Output)}万元"));
        }
        else if (Fall(now.Output, yearAgo?.Output) is { } fall && Highest(rules, AlertKind.OutputDrop, t => fall >= t) is { } level)
        {
            raised.Add(new(AlertKind.OutputDrop, level,
                $"工业总产值同比下降{Percent(fall)}（本月{Amount(now.Output)}万元，上年同月{Amount(yearAgo!.Output)}万元）"));
        }
        if (Fall(now.Electricity, yearAgo?.Electricity) is { } power && Highest(rules, AlertKind.ElectricityDrop, t => power >= t) is { } powerLevel)
        {
            raised.Add(new(AlertKind.ElectricityDrop, powerLevel,
                $"用电量同比下降{Percent(power)}（本月{Amount(now.Electricity)}万kWh，上年同月{Amount(yearAgo!.Electricity)}万kWh）"));
        }
        // Counted only as far back as the longest rule looks, so the result depends on the rules, not on how many months
        // the caller happened to load.
        var declining = DecliningMonths(period, months, Span(rules));
        if (Highest(rules, AlertKind.ConsecutiveDecline, t => declining >= Months(t)) is { } declineLevel)
        {
            raised.Add(new(AlertKind.ConsecutiveDecline, declineLevel,
                $"工业总产值连续{declining}个月同比下降（本月{Amount(now.Output)}万元，上年同月{Amount(yearAgo!.Output)}万元）"));
        }
        return raised;
    }

    /// <summary>The drop as a fraction of a positive base (0.2 = 20%), or null without a base or without a drop.</summary>
    public static decimal? Fall(decimal now, decimal? yearAgo) =>
        yearAgo is > 0 and var b && now < b ? (b - now) / b : null;

    /// <summary>Months up to <paramref name="period"/>, without a gap, in which output was below the same month of last year.</summary>
    private static int DecliningMonths(int period, IReadOnlyDictionary<int, Month> months, int max)
    {
        var count = 0;
        for (var p = period; count < max && months.TryGetValue(p, out var m) && months.TryGetValue(Periods.YearAgo(p), out var y)
             && y.Output > 0 && m.Output < y.Output; p = Periods.Previous(p))
        {
            count++;
        }
        return count;
    }

    /// <summary>How many months back the consecutive-decline rules look (at least one).</summary>
    private static int Span(IEnumerable<Rule> rules) =>
        Math.Max(1, rules.Where(r => r.Kind == AlertKind.ConsecutiveDecline).Select(Months).DefaultIfEmpty(1).Max());

    private static AlertLevel? Highest(IEnumerable<Rule> rules, AlertKind kind, Func<decimal, bool> reached) =>
        rules.Where(r => r.Kind == kind && reached(r.Threshold)).Select(r => (AlertLevel?)r.Level).Max();

    private static int Months(Rule rule) => Months(rule.Threshold);

    private static int Months(decimal threshold) => Math.Max(1, (int)Math.Ceiling(threshold));

    private static string Percent(decimal fraction) => (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Amount(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
