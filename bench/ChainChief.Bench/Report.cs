using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ChainChief.Bench;

/// <summary>Collects timings and prints them as the Markdown table that goes into docs/benchmarks.md.</summary>
internal sealed class Report(BenchOptions options)
{
    private readonly List<string> rows = [];

    public void Ratio(string target, string what, TimeSpan ours, TimeSpan baseline, int count) =>
        rows.Add($"| {target} | {what} | {S(ours)} ({count / ours.TotalSeconds:N0} rows/s) | {S(baseline)} ({count / baseline.TotalSeconds:N0} rows/s) | **{ours / baseline:N1}×** |");

    public void Single(string target, string what, TimeSpan time) => Single(target, what, S(time));

    public void Single(string target, string what, string value) => rows.Add($"| {target} | {what} | {value} | | |");

    public async Task LatencyAsync<T>(string target, string what, Func<Task<T>> run, int runs = 30)
    {
        await run(); // warm-up: query compilation, page cache
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed);
        }
        Percentiles(target, what, times, $"{runs} runs");
    }

    /// <summary>The nearest-rank 95th percentile of sorted milliseconds.</summary>
    private static double P95(List<double> sorted) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(sorted.Count * 0.95) - 1)];

    /// <summary>The nearest-rank 95th percentile of measured times, in milliseconds.</summary>
    public static double P95(IEnumerable<TimeSpan> measured) => P95(measured.Select(t => t.TotalMilliseconds).Order().ToList());

    /// <summary>p50 and p95 of measured request times (nearest rank).</summary>
    public void Percentiles(string target, string what, IEnumerable<TimeSpan> measured, string how)
    {
        var times = measured.Select(t => t.TotalMilliseconds).Order().ToList();
        var (p50, p95) = (times[times.Count / 2], P95(times));
        rows.Add($"| {target} | {what} | p50 {p50:N1} ms, p95 {p95:N1} ms ({how}) | | |");
    }

    public void Print()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Suite {options.Suite}: registry {options.Firms:N0} firms, statistics {options.StatisticsFirms:N0} firms × {options.Months} months, matching {options.MatchFirms:N0} firms, seed {options.Seed}, {Environment.ProcessorCount} CPUs, {DateTime.UtcNow:yyyy-MM-dd}");
        text.AppendLine();
        text.AppendLine("| Database | Measurement | Ours | Baseline | Ratio |");
        text.AppendLine("|---|---|---|---|---|");
        rows.ForEach(r => text.AppendLine(r));
        Console.WriteLine(text);
    }

    private static string S(TimeSpan t) => $"{t.TotalSeconds:N2} s";
}
