using System.Diagnostics;
using System.Net;

namespace ChainChief.Bench;

/// <summary>
/// The leaders' cockpit at province scale: the 20,000 firms × 36 months of <see cref="StatisticsDataset"/> loaded with the
/// database's bulk loader, every firm placed on the nine demo chains (<see cref="ChainBench"/>), then the real server
/// started as its own process (Release build, production settings) and its city page and biggest chain's page fetched
/// as a signed-in officer: 200 requests each from 20 concurrent clients, p50/p95, and the server's peak resident memory
/// (VmHWM) over the whole run.
/// </summary>
internal static class CockpitBench
{
    private const int Requests = 200, Clients = 20;
    private const string Baseline = "/admin/roles";

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        var dataset = StatisticsDataset.Create(options.Seed, options.StatisticsFirms, options.Months);
        foreach (var target in options.Targets())
        {
            await using var database = await BenchDatabase.CreateAsync(target, "cockpit");
            var watch = Stopwatch.StartNew();
            await BulkLoader.LoadAsync(database, dataset.Firms);
            var (_, biggest) = await ChainBench.SeedAsync(database);
            var baseline = await ReportBaseline.CreateAsync(database);
            var csv = Path.Combine(Path.GetTempPath(), $"chainchief-cockpit-{Guid.NewGuid():N}.csv");
            foreach (var (_, reports) in dataset.ByMonth())
            {
                await baseline.WriteCsvAsync(csv, reports);
                await baseline.LoadAsync(csv);
            }
            File.Delete(csv);
            Console.WriteLine($"{target}: {dataset.Reports:N0} reports and the chains loaded in {watch.Elapsed.TotalSeconds:N0} s");

            await using var server = await ServerProcess.StartAsync(database);
            using var client = await server.SignInAsync();
            // Each page: one request (the cockpit's builds the month's snapshot), 200 one at a time (the server's time per
            // page; this also warms the JIT), then 200 from 20 concurrent clients. The baseline is a light page in the same
            // layout (the role table), measured the same way, so the ratio shows what the cockpit adds.
            var pages = new[]
            {
                ($"Baseline page {Baseline} (same layout, a small table)", Baseline),
                ("Cockpit city page /cockpit", "/cockpit"),
                ($"Cockpit chain page ({biggest.Name}, {biggest.Placements:N0} placements)", $"/cockpit/chains/{biggest.Id}"),
            };
            double? baselineP95 = null;
            foreach (var (what, path) in pages)
            {
                watch.Restart();
                var first = await client.GetAsync(path);
                first.EnsureSuccessStatusCode();
                report.Single(target, $"{what}: first request", watch.Elapsed);
                var alone = await LoadAsync(client, path, 1);
                report.Percentiles(target, $"{what}, one client at a time (server time per page)", alone, $"{Requests} requests, 1 client");
                var times = await LoadAsync(client, path, Clients);
                report.Percentiles(target, what, times, $"{Requests} requests, {Clients} concurrent clients");
                var p95 = Report.P95(times);
                if (baselineP95 is { } b)
                {
                    report.Single(target, $"{what}: p95 against the baseline page's p95", $"{p95 / b:N1}×");
                }
                baselineP95 ??= p95;
            }
            report.Single(target, "Server peak resident memory (VmHWM) over the cockpit run", $"{server.PeakMb():N0} MB");
        }
    }

    private static async Task<List<TimeSpan>> LoadAsync(HttpClient client, string path, int clients)
    {
        var times = new List<TimeSpan>();
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= Requests)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(path);
                var body = await response.Content.ReadAsStringAsync();
                watch.Stop();
                if (response.StatusCode != HttpStatusCode.OK || (path != Baseline && !body.Contains("<svg", StringComparison.Ordinal)))
                {
                    throw new InvalidOperationException($"{path}: {(int)response.StatusCode}, {body.Length} characters without a chart");
                }
                lock (times)
                {
                    times.Add(watch.Elapsed);
                }
            }
        }));
        return times;
    }
}
