using ChainChief.Bench;

// Province-scale benchmarks, each against the database's own fastest path in the same run.
//   registry:   enterprise registry import vs bulk loader, list/search/export latency, chain health (issues #2, #3)
//   statistics: monthly statistics imports, one month and 36 months, vs bulk loader, peak memory (issue #4)
//   cockpit:    the cockpit's city and chain pages from the real server, 200 requests × 20 clients, server peak memory (issue #4)
//   matching:   policy matching, 100,000 firms × 50 policies: full run, unchanged re-run, vs one query per firm × policy (issue #7)
// Usage: dotnet run -c Release --project bench/ChainChief.Bench -- [--suite all|registry|statistics|cockpit|matching] [--firms 100000]
//        [--stat-firms 20000] [--months 36] [--match-firms 100000] [--naive-firms 1000] [--seed 20261122]
//        [--pg "Host=…;Username=…;Database=postgres"]
var options = BenchOptions.Parse(args);
var report = new Report(options);
if (options.Runs("registry"))
{
    await RegistryBench.RunAsync(options, report);
}
if (options.Runs("statistics"))
{
    await StatisticsBench.RunAsync(options, report);
}
if (options.Runs("cockpit"))
{
    await CockpitBench.RunAsync(options, report);
}
if (options.Runs("matching"))
{
    await MatchingBench.RunAsync(options, report);
}
report.Print();
