using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Statistics;

namespace ChainChief.Web.Data.Seed.Demo;

/// <summary>
/// Deterministic monthly statistics for the demo city (DOMAIN §12): every above-scale firm reports 本年累计 figures each
/// month from the month it was above scale, with a yearly growth of its own, seasonality (a Spring Festival dip in
/// January or February by year, a year-end push), noise, and a few firms in trouble: ≈4% decline steeply over the last
/// year (output alerts, consecutive decline), ≈1% cut electricity only, suspended firms report zero output and firms
/// that moved away or closed stop reporting. The firm named by <see cref="Firm.StopsInLastMonth"/> reports zero
/// output in the last month (停产) while its registry status still says operating — the alert is how the city learns.
/// </summary>
public sealed class DemoStatisticsGenerator(int seed)
{
    /// <summary>What the generator needs to know about a firm.</summary>
    public sealed record Firm(int Id, DateOnly? AboveScaleSince, OperatingStatus Status, DateOnly? StatusSince, int Employees,
        bool Leading, bool StopsInLastMonth = false);

    private enum Trouble
    {
        None,
        Declining,
        PowerCut,
    }

    /// <summary>Spring Festival month by year (正月初一: 2023-01-22, 2024-02-10, 2025-01-29, 2026-02-17 …).</summary>
    private static int FestivalMonth(int year) => year switch
    {
        2023 or 2025 or 2028 => 1,
        _ => 2,
    };

    private static readonly decimal[] Season = [1.00m, 1.00m, 1.02m, 1.00m, 1.02m, 1.06m, 0.97m, 0.97m, 1.03m, 1.02m, 1.05m, 1.14m];

    /// <summary>Reports for <paramref name="from"/>..<paramref name="to"/> (YYYYMM). Year-to-date figures include the
    /// months of the first year before <paramref name="from"/>, as a real firm's would.</summary>
    public IEnumerable<MonthlyReport> Reports(IEnumerable<Firm> firms, int from, int to)
    {
        foreach (var firm in firms)
        {
            // Not HashCode.Combine: it is salted per process, and the same seed must give the same city in every run.
            var random = new Random(unchecked((seed * 1_000_003) ^ firm.Id));
            foreach (var report in ForFirm(firm, from, to, random))
            {
                yield return report;
            }
        }
    }

    private static IEnumerable<MonthlyReport> ForFirm(Firm firm, int from, int to, Random random)
    {
        if (firm.AboveScaleSince is not { } since)
        {
            yield break;
        }
        var first = Math.Max(Periods.Of(since), Periods.Of(Periods.Year(from), 1));
        var trouble = random.NextDouble() switch { < 0.04 => Trouble.Declining, < 0.05 => Trouble.PowerCut, _ => Trouble.None };
        // Annual output in 万元 at the start: above scale means ≥ 2000万 revenue, most firms a few thousand 万, leaders far more.
        var annual = 2_000m * (decimal)Math.Exp(0.4 + random.NextDouble() * 1.8) * (firm.Leading ? 8 : 1);
        var growth = (decimal)(0.02 + random.NextDouble() * 0.14);
        var revenueRatio = 0.88m + (decimal)random.NextDouble() * 0.14m;
        var margin = -0.01m + (decimal)random.NextDouble() * 0.11m;
        var taxRate = 0.025m + (decimal)random.NextDouble() * 0.035m;
        var power = 0.005m + (decimal)random.NextDouble() * 0.075m;
        var rnd = (decimal)random.NextDouble() * 0.04m;
        var valueAdded = 0.22m + (decimal)random.NextDouble() * 0.12m;
        var startIndex = Periods.Year(first) * 12 + Periods.Month(first);
        var troubleFrom = Periods.AddMonths(to, -11);
        MonthlyReport? previous = null;
        foreach (var period in Periods.Range(first, to))
        {
            var (year, month) = (Periods.Year(period), Periods.Month(period));
            if (firm.StatusSince is { } gone && firm.Status is OperatingStatus.MovedOut or OperatingStatus.Deregistered && period > Periods.Of(gone))
            {
                yield break;
            }
            var t = year * 12 + month - startIndex;
            var level = annual / 12 * (decimal)Math.Pow((double)(1 + growth), t / 12.0);
            var season = Season[month - 1] * (month == FestivalMonth(year) ? 0.8m : 1m);
            var output = level * season * (0.94m + (decimal)random.NextDouble() * 0.12m);
            var powerFactor = 1m;
            if (period >= troubleFrom && trouble == Trouble.Declining)
            {
                // Sliding down 4.5% a month over the last year: yellow after a few months, orange by the end.
                output *= 1 - 0.045m * (12 - MonthsBetween(period, to));
            }
            if (period >= troubleFrom && trouble == Trouble.PowerCut)
            {
                powerFactor = 0.6m;
            }
            var stopped = firm.Status == OperatingStatus.Suspended && firm.StatusSince is { } s && period >= Periods.Of(s)
                || firm.StopsInLastMonth && period == to;
            if (stopped)
            {
                output = 0;
            }
            var revenue = stopped ? output : output * revenueRatio;
            var monthly = new MonthlyReport
            {
                EnterpriseId = firm.Id, Period = period, InputKind = ReportInputKind.YearToDate, Source = ReportSource.Generated,
                Output = R(output), Revenue = R(revenue), Profit = R(stopped ? -level * 0.02m : revenue * margin),
                Tax = R(revenue * taxRate), ElectricityKwh10k = R(output * power * powerFactor + (stopped ? level * 0.002m : 0)),
                RnD = R(revenue * rnd), ValueAdded = R(output * valueAdded),
                Employees = Math.Max(8, (int)(firm.Employees * (0.96 + random.NextDouble() * 0.08) * (stopped ? 0.5 : 1))),
            };
            Accumulate(monthly, previous is not null && Periods.Year(previous.Period) == year ? previous : null, month, season);
            previous = monthly;
            if (period >= from)
            {
                yield return monthly;
            }
        }
    }

    private static int MonthsBetween(int from, int to) => (Periods.Year(to) - Periods.Year(from)) * 12 + Periods.Month(to) - Periods.Month(from);

    /// <summary>Year-to-date = previous month's year-to-date + this month. A firm whose first month is not January (above
    /// scale since mid-year) gets the earlier months estimated from this one, deseasonalised.</summary>
    private static void Accumulate(MonthlyReport r, MonthlyReport? previous, int month, decimal season)
    {
        decimal Ytd(decimal? before, decimal value) => R((before ?? (month - 1) * value / season) + value);
        r.OutputYtd = Ytd(previous?.OutputYtd, r.Output);
        r.RevenueYtd = Ytd(previous?.RevenueYtd, r.Revenue);
        r.ProfitYtd = Ytd(previous?.ProfitYtd, r.Profit);
        r.TaxYtd = Ytd(previous?.TaxYtd, r.Tax);
        r.ElectricityKwh10kYtd = Ytd(previous?.ElectricityKwh10kYtd, r.ElectricityKwh10k);
        r.RnDYtd = Ytd(previous?.RnDYtd, r.RnD);
        r.ValueAddedYtd = Ytd(previous?.ValueAddedYtd, r.ValueAdded ?? 0);
    }

    private static decimal R(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
