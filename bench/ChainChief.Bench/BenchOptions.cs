namespace ChainChief.Bench;

internal sealed record BenchOptions(int Firms, int Seed, string? Postgres)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new BenchOptions(
            int.TryParse(Value("--firms"), out var n) ? n : 100_000,
            int.TryParse(Value("--seed"), out var s) ? s : 20261122,
            Value("--pg") ?? Environment.GetEnvironmentVariable("CHAINCHIEF_TEST_PG"));
    }

    public IEnumerable<string> Targets() => Postgres is null ? ["Sqlite"] : ["Sqlite", "Postgres"];
}
