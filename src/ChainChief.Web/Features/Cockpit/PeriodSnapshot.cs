using ChainChief.Web.Data;
using ChainChief.Web.Features.Statistics;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Cockpit;

/// <summary>A firm reporting in the period, with its figures then, a year earlier and the month before (null = no report).</summary>
public sealed record FirmFacts(FirmInfo Firm, ReportFigures Current, ReportFigures? YearAgo, ReportFigures? Previous)
{
    /// <summary>The firm's part of a 同口径 comparison; null when it did not report this metric. Month-on-month is for 当月 only.</summary>
    public GrowthMath.FirmValue? ValueOf(Metric metric, Basis basis) => Current[metric, basis] is { } value
        ? new GrowthMath.FirmValue(value, YearAgo?[metric, basis], basis == Basis.Month ? Previous?[metric, basis] : null)
        : null;
}

/// <summary>
/// Everything the cockpit needs about one period, in memory: each reporting firm with its figures for the period, the
/// same month a year earlier and the previous month — one query for the three months' reports. Firms that reported a
/// year ago but not now are kept apart (<see cref="Left"/>): 同口径 leaves them out of both sides.
/// </summary>
public sealed class PeriodSnapshot
{
    private PeriodSnapshot(int period, FirmDirectory directory, IReadOnlyList<FirmFacts> firms, IReadOnlyList<FirmInfo> left)
    {
        Period = period;
        Directory = directory;
        Firms = firms;
        Left = left;
    }

    public int Period { get; }
    public FirmDirectory Directory { get; }
    public IReadOnlyList<FirmFacts> Firms { get; }
    public IReadOnlyList<FirmInfo> Left { get; }

    public static GrowthMath.Totals Sum(IEnumerable<FirmFacts> firms, Metric metric, Basis basis) =>
        GrowthMath.Sum(firms.Select(f => f.ValueOf(metric, basis)).OfType<GrowthMath.FirmValue>());

    public static async Task<PeriodSnapshot> LoadAsync(AppDbContext db, FirmDirectory directory, int period, CancellationToken ct)
    {
        var (yearAgo, previous) = (Periods.YearAgo(period), Periods.Previous(period));
        var rows = await db.MonthlyReports.AsNoTracking()
            .Where(r => r.Period == period || r.Period == yearAgo || r.Period == previous)
            .Select(ReportFigures.Projection).ToListAsync(ct);
        var byPeriod = rows.ToLookup(r => r.Period);
        var then = byPeriod[yearAgo].ToDictionary(r => r.EnterpriseId, ReportFigures.From);
        var before = byPeriod[previous].ToDictionary(r => r.EnterpriseId, ReportFigures.From);
        var firms = new List<FirmFacts>();
        var reporting = new HashSet<int>();
        foreach (var row in byPeriod[period])
        {
            // A firm created after the directory was read shows once the directory reloads (a statistics write or the refresh).
            if (directory.Firms.TryGetValue(row.EnterpriseId, out var firm))
            {
                reporting.Add(firm.Id);
                firms.Add(new FirmFacts(firm, ReportFigures.From(row), then.GetValueOrDefault(firm.Id), before.GetValueOrDefault(firm.Id)));
            }
        }
        var left = then.Keys.Where(id => !reporting.Contains(id)).Select(directory.Firms.GetValueOrDefault).OfType<FirmInfo>().ToList();
        return new PeriodSnapshot(period, directory, firms, left);
    }
}
