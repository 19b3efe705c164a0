using ChainChief.Web.Data;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Cockpit;

/// <summary>
/// The cockpit's in-memory view of the statistics: the firm directory, one snapshot per period and per-metric histories,
/// each loaded with a few bulk queries on first use and then served from <see cref="CockpitCache"/> until the statistics
/// change. At province scale (20,000 reporting firms) a period loads in well under a second and every later request is
/// answered from memory.
/// </summary>
public sealed class StatisticsSnapshot(IDbContextFactory<AppDbContext> dbs, CockpitCache cache)
{
    /// <summary>Months shown on trend lines.</summary>
    public const int TrendMonths = 36;

    /// <summary>Periods that have reports, latest first.</summary>
    public Task<IReadOnlyList<int>> PeriodsAsync(CancellationToken ct) => cache.GetAsync<IReadOnlyList<int>>("periods", async c =>
    {
        await using var db = await dbs.CreateDbContextAsync(c);
        var periods = await db.MonthlyReports.Select(r => r.Period).Distinct().OrderByDescending(p => p).ToListAsync(c);
        return (periods, periods.Count * 8L);
    }, ct);

    /// <summary>The asked period, or the latest with data when none is asked; null when there are no statistics at all.</summary>
    public async Task<int?> ResolveAsync(int? period, CancellationToken ct)
    {
        if (period is { } p)
        {
            return Periods.IsValid(p) ? p : throw new InputException("period", "统计月份应为 YYYYMM 格式，例如 202610");
        }
        var periods = await PeriodsAsync(ct);
        return periods.Count > 0 ? periods[0] : null;
    }

    public Task<FirmDirectory> DirectoryAsync(CancellationToken ct) => cache.GetAsync("directory", async c =>
    {
        await using var db = await dbs.CreateDbContextAsync(c);
        var directory = await FirmDirectory.LoadAsync(db, c);
        return (directory, directory.Firms.Count * 400L + directory.Nodes.Count * 200L);
    }, ct);

    public Task<PeriodSnapshot> ForPeriodAsync(int period, CancellationToken ct) => cache.GetAsync(("snapshot", period), async c =>
    {
        var directory = await DirectoryAsync(c);
        await using var db = await dbs.CreateDbContextAsync(c);
        var snapshot = await PeriodSnapshot.LoadAsync(db, directory, period, c);
        return (snapshot, snapshot.Firms.Count * 1_000L + snapshot.Left.Count * 8L);
    }, ct);

    /// <summary><see cref="TrendMonths"/> months to <paramref name="to"/>, plus the year before them for the bases.</summary>
    public Task<MetricHistory> HistoryAsync(int to, Metric metric, Basis basis, CancellationToken ct) =>
        cache.GetAsync(("history", to, metric, basis), async c =>
        {
            await using var db = await dbs.CreateDbContextAsync(c);
            var history = await MetricHistory.LoadAsync(db, Periods.AddMonths(to, -(TrendMonths + 11)), to, metric, basis, c);
            return (history, history.Series.Count * (history.Months * 20L + 48));
        }, ct);

    /// <summary>Caches a result computed from the above (breakdowns, summaries, trends): small, keyed by everything it depends on.</summary>
    public Task<T> ComputedAsync<T>(object key, Func<CancellationToken, Task<T>> compute, CancellationToken ct) =>
        cache.GetAsync(key, async c => (await compute(c), 4_096L), ct);
}
