using System.Linq.Expressions;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Statistics;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Cockpit;

/// <summary>
/// One metric on one basis for every firm over a window of months, for trend lines: a single-column query, held as one
/// array per firm (≈1 KB a firm for 48 months). The window starts a year before the first month shown, so every
/// point has its 同口径 base.
/// </summary>
public sealed class MetricHistory
{
    private MetricHistory(int from, int months, Dictionary<int, decimal?[]> series)
    {
        From = from;
        Months = months;
        Series = series;
    }

    public int From { get; }
    public int Months { get; }
    /// <summary>Firm id → value per month from <see cref="From"/>; null where the firm did not report.</summary>
    public IReadOnlyDictionary<int, decimal?[]> Series { get; }

    public sealed record Point(int EnterpriseId, int Period, decimal? Value);

    public static async Task<MetricHistory> LoadAsync(AppDbContext db, int from, int to, Metric metric, Basis basis, CancellationToken ct)
    {
        var months = Periods.Range(from, to).Count();
        var points = await db.MonthlyReports.AsNoTracking().Where(r => r.Period >= from && r.Period <= to)
            .Select(Projection(metric, basis)).ToListAsync(ct);
        var series = new Dictionary<int, decimal?[]>();
        foreach (var p in points)
        {
            if (!series.TryGetValue(p.EnterpriseId, out var values))
            {
                series[p.EnterpriseId] = values = new decimal?[months];
            }
            values[Index(from, p.Period)] = p.Value;
        }
        return new MetricHistory(from, months, series);
    }

    public static int Index(int from, int period) =>
        (Periods.Year(period) - Periods.Year(from)) * 12 + Periods.Month(period) - Periods.Month(from);

    // r => new Point(r.EnterpriseId, r.Period, (decimal?)r.<column>): one column instead of sixteen.
    private static Expression<Func<MonthlyReport, Point>> Projection(Metric metric, Basis basis)
    {
        var r = Expression.Parameter(typeof(MonthlyReport), "r");
        var ctor = typeof(Point).GetConstructor([typeof(int), typeof(int), typeof(decimal?)])!;
        var value = Expression.Convert(Expression.Property(r, ReportFigures.Column(metric, basis)), typeof(decimal?));
        return Expression.Lambda<Func<MonthlyReport, Point>>(Expression.New(ctor,
            Expression.Property(r, nameof(MonthlyReport.EnterpriseId)), Expression.Property(r, nameof(MonthlyReport.Period)), value), r);
    }
}
