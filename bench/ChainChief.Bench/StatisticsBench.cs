using System.Diagnostics;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.Extensions.DependencyInjection;

namespace ChainChief.Bench;

/// <summary>
/// Monthly statistics imports at province scale (<see cref="StatisticsDataset"/>): each month's 20,000-row xlsx through
/// <see cref="ImportReports"/> (read, validate against the stored history, derive, write in one transaction), 36 months
/// one after another as a city uploads them, against the database's own bulk loader on the same rows in the same run
/// (<see cref="ReportBaseline"/>), interleaved month by month so both databases grow alike; and the process's peak
/// working set while importing.
/// </summary>
internal static class StatisticsBench
{
    private sealed record Month(int Period, TimeSpan Ours, TimeSpan Bulk, bool Confirmed);

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        var dataset = StatisticsDataset.Create(options.Seed, options.StatisticsFirms, options.Months);
        Console.WriteLine($"Statistics: {dataset.Firms.Count:N0} firms × {dataset.Periods.Count} months = {dataset.Reports:N0} reports (seed {options.Seed})");
        var dir = Directory.CreateTempSubdirectory("chainchief-bench-statistics-").FullName;
        using var memory = new MemorySampler();
        try
        {
            var workbooks = new List<string>();
            foreach (var target in options.Targets())
            {
                await using var ours = await BenchDatabase.CreateAsync(target, "stats");
                await using var bulk = await BenchDatabase.CreateAsync(target, "statsbulk");
                await BulkLoader.LoadAsync(ours, dataset.Firms);
                await BulkLoader.LoadAsync(bulk, dataset.Firms);
                var baseline = await ReportBaseline.CreateAsync(bulk);
                var csvs = new List<string>();
                foreach (var (period, reports) in dataset.ByMonth())
                {
                    if (workbooks.Count < dataset.Periods.Count)
                    {
                        workbooks.Add(Path.Combine(dir, $"月度报表{period}.xlsx"));
                        await File.WriteAllBytesAsync(workbooks[^1], await ExcelWorkbook.WriteAsync(
                            new Dictionary<string, IEnumerable<IDictionary<string, object?>>> { ["月度报表"] = dataset.Sheet(reports) }, CancellationToken.None));
                    }
                    csvs.Add(Path.Combine(dir, $"{target}-{period}.csv"));
                    await baseline.WriteCsvAsync(csvs[^1], reports);
                }
                Console.WriteLine($"{target}: {workbooks.Count} workbooks of {new FileInfo(workbooks[^1]).Length / 1024.0 / 1024.0:N1} MB and CSV files ready");

                var before = memory.Reset();
                var months = new List<Month>();
                for (var i = 0; i < workbooks.Count; i++)
                {
                    var (time, confirmed) = await ImportAsync(ours, workbooks[i], dataset.Firms.Count);
                    var watch = Stopwatch.StartNew();
                    await baseline.LoadAsync(csvs[i]);
                    months.Add(new Month(dataset.Periods[i], time, watch.Elapsed, confirmed));
                    Console.WriteLine($"  {target} {dataset.Periods[i]}: ours {time.TotalSeconds:N2} s, bulk {watch.Elapsed.TotalSeconds:N2} s{(confirmed ? " (confirmed warnings)" : "")}");
                }
                var peak = memory.PeakMb;
                await CheckCountsAsync(ours, bulk, dataset.Reports);
                Summarize(report, target, dataset, months, before, peak);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>One month's upload end to end, as the page runs it; if the file has warnings it is confirmed and imported again,
    /// as an officer would, and both passes count.</summary>
    private static async Task<(TimeSpan Time, bool Confirmed)> ImportAsync(BenchDatabase ours, string path, int rows)
    {
        var bytes = await File.ReadAllBytesAsync(path);
        await using var scope = ours.Services.CreateAsyncScope();
        var import = scope.ServiceProvider.GetRequiredService<ImportReports>();
        var watch = Stopwatch.StartNew();
        var result = await import.HandleAsync(new MemoryStream(bytes), Path.GetFileName(path), false, Actor.System, null, CancellationToken.None);
        var confirmed = result.NeedsConfirmation;
        if (confirmed)
        {
            result = await import.HandleAsync(new MemoryStream(bytes), Path.GetFileName(path), true, Actor.System, null, CancellationToken.None);
        }
        var time = watch.Elapsed;
        if (!result.Written || result.Created != rows)
        {
            throw new InvalidOperationException($"{path}: wrote {result.Created} of {rows}: {string.Join("; ", result.Errors.Take(5))}");
        }
        return (time, confirmed);
    }

    private static async Task CheckCountsAsync(BenchDatabase ours, BenchDatabase bulk, int expected)
    {
        foreach (var database in new[] { ours, bulk })
        {
            await using var scope = database.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>();
            var count = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.MonthlyReports);
            if (count != expected)
            {
                throw new InvalidOperationException($"{database.Provider}: {count:N0} reports stored, {expected:N0} expected.");
            }
        }
    }

    private static void Summarize(Report report, string target, StatisticsDataset dataset, List<Month> months, double before, double peak)
    {
        var rows = dataset.Firms.Count;
        var first = months[0];
        var last = months[^1];
        report.Ratio(target, $"One month, first ({first.Period}, nothing stored yet): {rows:N0}-row xlsx via ImportReports vs bulk loader", first.Ours, first.Bulk, rows);
        report.Ratio(target, $"One month, last ({last.Period}, {months.Count - 1} months stored): {rows:N0}-row xlsx via ImportReports vs bulk loader", last.Ours, last.Bulk, rows);
        var byRatio = months.OrderBy(m => m.Ours / m.Bulk).ToList();
        var median = byRatio[byRatio.Count / 2];
        report.Ratio(target, $"Median month of {months.Count} ({median.Period}) by ratio", median.Ours, median.Bulk, rows);
        report.Ratio(target, $"{months.Count} months one after another ({dataset.Reports:N0} reports)",
            TimeSpan.FromTicks(months.Sum(m => m.Ours.Ticks)), TimeSpan.FromTicks(months.Sum(m => m.Bulk.Ticks)), dataset.Reports);
        var confirmed = months.Count(m => m.Confirmed);
        report.Single(target, $"Peak working set during the {months.Count} imports and loads ({before:N0} MB at the start{(confirmed > 0 ? $"; {confirmed} months had warnings to confirm" : "")})",
            $"{peak:N0} MB");
    }
}
