using ChainChief.Web.Data.Seed.Demo;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Features.Statistics;
using StatPeriods = ChainChief.Web.Features.Statistics.Periods;

namespace ChainChief.Bench;

/// <summary>
/// The province's monthly statistics, deterministic from a seed, for every benchmark that needs them (imports, cockpit):
/// the first <see cref="ProvinceFirms"/> firms of the province demo registry (<see cref="DemoCityGenerator"/>, all
/// above scale) and <see cref="ProvinceMonths"/> months of 本年累计 reports each from <see cref="DemoStatisticsGenerator"/>
/// — seasonality, growth, decliners — with every firm reporting every month: 20,000 × 36 = 720,000 reports.
/// <see cref="ByMonth"/> streams them month by month (one generator state per firm, advanced in lock step), so the
/// dataset is never held in memory whole.
/// </summary>
internal sealed class StatisticsDataset
{
    public const int ProvinceFirms = 20_000;
    public const int ProvinceMonths = 36;

    /// <summary>The day the dataset is generated for: its last month is the one before (October 2026).</summary>
    public static readonly DateOnly Today = new(2026, 11, 22);

    private readonly int seed;
    private readonly DemoStatisticsGenerator.Firm[] generatorFirms;

    private StatisticsDataset(int seed, IReadOnlyList<Enterprise> firms, IReadOnlyList<int> periods)
    {
        this.seed = seed;
        Firms = firms;
        Periods = periods;
        // Firm i is known to the generator as i + 1, which is also its id once the firms are loaded in order into an empty database.
        generatorFirms = [.. firms.Select((f, i) => new DemoStatisticsGenerator.Firm(i + 1, new DateOnly(2000, 1, 1), OperatingStatus.Operating,
            null, f.Employees, f.Tags.Any(t => t.Kind is EnterpriseTagKind.Leading or EnterpriseTagKind.ChainOwner)))];
    }

    /// <summary>The registry rows of the reporting firms, in generator order.</summary>
    public IReadOnlyList<Enterprise> Firms { get; }

    /// <summary>The reported months, oldest first.</summary>
    public IReadOnlyList<int> Periods { get; }

    public int Reports => Firms.Count * Periods.Count;

    public static StatisticsDataset Create(int seed, int firms = ProvinceFirms, int months = ProvinceMonths)
    {
        var registry = Registry(seed, firms);
        if (registry.Any(f => f.Scale != EnterpriseScale.AboveScale))
        {
            throw new InvalidOperationException($"The province registry has fewer than {firms} above-scale firms.");
        }
        var last = StatPeriods.Previous(StatPeriods.Of(Today));
        return new StatisticsDataset(seed, registry, [.. StatPeriods.Range(StatPeriods.AddMonths(last, -(months - 1)), last)]);
    }

    /// <summary>
    /// The first <paramref name="firms"/> firms of the province registry whatever their scale (100,000: 20,000 above and
    /// 80,000 below scale), every one reporting every month of the calendar years <paramref name="fromYear"/> to
    /// <paramref name="toYear"/> — more than a province holds (below-scale firms file no monthly reports), so the worst case
    /// for anything that reads a year of statistics.
    /// </summary>
    public static StatisticsDataset Years(int seed, int firms, int fromYear, int toYear) =>
        new(seed, Registry(seed, firms), [.. StatPeriods.Range(StatPeriods.Of(fromYear, 1), StatPeriods.Of(toYear, 12))]);

    private static List<Enterprise> Registry(int seed, int firms) =>
        new DemoCityGenerator(new ReferenceData(), seed).Firms("province", Today).Take(firms).Select(f => f.Enterprise).ToList();

    /// <summary>Each month's reports (EnterpriseId = firm index + 1), oldest month first.</summary>
    public IEnumerable<(int Period, MonthlyReport[] Reports)> ByMonth()
    {
        var generator = new DemoStatisticsGenerator(seed);
        var series = generatorFirms.Select(f => generator.Reports([f], Periods[0], Periods[^1]).GetEnumerator()).ToArray();
        try
        {
            foreach (var period in Periods)
            {
                var reports = new MonthlyReport[series.Length];
                for (var i = 0; i < series.Length; i++)
                {
                    if (!series[i].MoveNext() || series[i].Current.Period != period)
                    {
                        throw new InvalidOperationException($"Firm {i + 1} has no report for {period}.");
                    }
                    reports[i] = series[i].Current;
                }
                yield return (period, reports);
            }
        }
        finally
        {
            foreach (var s in series)
            {
                s.Dispose();
            }
        }
    }

    /// <summary>A month as the statistics bureau's table an officer uploads (本年累计, the template's columns).</summary>
    public IEnumerable<IDictionary<string, object?>> Sheet(MonthlyReport[] reports) => reports.Select(r =>
    {
        var firm = Firms[r.EnterpriseId - 1];
        var ytd = Amounts.YtdOf(r);
        return (IDictionary<string, object?>)ReportSheet.ToRow(firm.CreditCode, firm.Name, r.Period, ReportInputKind.YearToDate, ytd, r.Employees);
    });
}
