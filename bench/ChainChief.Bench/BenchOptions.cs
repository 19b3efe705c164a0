namespace ChainChief.Bench;

/// <summary>Command-line options; <c>Suite</c> is all (default), registry (enterprise registry and chains) or statistics
/// (monthly statistics imports) or cockpit (the cockpit pages served by the real server) or matching (policy matching runs).</summary>
internal sealed record BenchOptions(int Firms, int Seed, string? Postgres, string Suite, int StatisticsFirms, int Months, int MatchFirms, int NaiveFirms)
{
    public static readonly string[] Suites = ["all", "registry", "statistics", "cockpit", "matching"];

    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var suite = Value("--suite") ?? "all";
        if (!Suites.Contains(suite))
        {
            throw new ArgumentException($"--suite must be one of {string.Join(", ", Suites)}, not '{suite}'.");
        }
        return new BenchOptions(
            int.TryParse(Value("--firms"), out var n) ? n : 100_000,
            int.TryParse(Value("--seed"), out var s) ? s : 20261122,
            Value("--pg") ?? Environment.GetEnvironmentVariable("CHAINCHIEF_TEST_PG"),
            suite,
            int.TryParse(Value("--stat-firms"), out var f) ? f : StatisticsDataset.ProvinceFirms,
            int.TryParse(Value("--months"), out var m) ? m : StatisticsDataset.ProvinceMonths,
            int.TryParse(Value("--match-firms"), out var mf) ? mf : 100_000,
            int.TryParse(Value("--naive-firms"), out var nf) ? nf : 1_000);
    }

    public IEnumerable<string> Targets() => Postgres is null ? ["Sqlite"] : ["Sqlite", "Postgres"];

    public bool Runs(string suite) => Suite == "all" || Suite == suite;
}
