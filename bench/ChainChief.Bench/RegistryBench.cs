using System.Diagnostics;
using ChainChief.Web.Data.Seed.Demo;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace ChainChief.Bench;

/// <summary>
/// Enterprise registry at province scale: our Excel import (full validation, audit, history rows) against the database's
/// own bulk loader on the same rows, then list/search/export latency on the imported registry, then chain health with
/// every matching firm placed on the nine demo maps.
/// </summary>
internal static class RegistryBench
{
    public static async Task RunAsync(BenchOptions options, Report report)
    {
        var reference = new ReferenceData();
        var today = new DateOnly(2026, 11, 22);
        Console.WriteLine($"Generating {options.Firms:N0} province firms (seed {options.Seed}) …");
        var firms = new DemoCityGenerator(reference, options.Seed).Firms("province", today).Take(options.Firms).Select(f => f.Enterprise).ToList();
        var workbook = await Workbook.WriteAsync(firms, reference);
        Console.WriteLine($"Workbook: {workbook.Length / 1024.0 / 1024.0:N1} MB, {firms.Count:N0} rows");

        foreach (var target in options.Targets())
        {
            await using var ours = await BenchDatabase.CreateAsync(target, "import");
            await using var baseline = await BenchDatabase.CreateAsync(target, "bulk");

            var import = ours.Services.GetRequiredService<ImportEnterprises>();
            var watch = Stopwatch.StartNew();
            var result = await import.HandleAsync(new MemoryStream(workbook), validRowsOnly: false, Actor.System, null, CancellationToken.None);
            var importTime = watch.Elapsed;
            if (!result.Written || result.Created != firms.Count)
            {
                throw new InvalidOperationException($"import wrote {result.Created} of {firms.Count}: {string.Join("; ", result.Errors.Take(5))}");
            }

            watch.Restart();
            await BulkLoader.LoadAsync(baseline, firms);
            var bulkTime = watch.Elapsed;
            report.Ratio(target, "Excel import (validate + write + audit) vs bulk loader, same rows", importTime, bulkTime, firms.Count);

            watch.Restart();
            var again = await import.HandleAsync(new MemoryStream(workbook), validRowsOnly: false, Actor.System, null, CancellationToken.None);
            report.Single(target, $"Re-import of the same file ({again.Unchanged:N0} unchanged, {again.Created + again.Updated} written)", watch.Elapsed);

            var list = ours.Services.GetRequiredService<ListEnterprises>();
            var office = Actor.System with { RegionScope = "61" };
            var county = firms[0].CountyCode;
            await report.LatencyAsync(target, "List page 1, no filter (sorted by name)", () => list.HandleAsync(new(), office, CancellationToken.None));
            await report.LatencyAsync(target, $"List page 1, county {county} + above-scale", () =>
                list.HandleAsync(new() { Region = county, Scale = EnterpriseScale.AboveScale }, office, CancellationToken.None));
            await report.LatencyAsync(target, "List page 1, name contains 科技", () => list.HandleAsync(new() { Q = "科技" }, office, CancellationToken.None));
            await report.LatencyAsync(target, "List page 1, industry 38 sorted by employees desc", () =>
                list.HandleAsync(new() { Industry = "38", Sort = "employees", Desc = true }, office, CancellationToken.None));
            var export = ours.Services.GetRequiredService<ExportEnterprises>();
            await report.LatencyAsync(target, $"Excel export of county {county}", () => export.HandleAsync(new() { Region = county }, office, CancellationToken.None), runs: 3);

            await ChainBench.RunAsync(ours, target, report);
        }
    }
}
