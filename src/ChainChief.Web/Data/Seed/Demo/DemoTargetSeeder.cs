using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Features.Targets;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Data.Seed.Demo;

/// <summary>
/// This year's targets for the demo city, its counties and three chains, in the words of a 政府工作报告: growth rates on
/// last year's actual and one three-year value target (工业总产值) whose base is the generated statistics' actual.
/// County rates are set around each county's break-even rate in the latest demo month — the growth at which its
/// completion equals time progress (year to date ÷ (last year × m/12) − 1) — from 3 points below to 8 above, never
/// below 1%, so that some counties run ahead of time progress and most behind, whatever month the demo is made in
/// (early in the year, when the Spring Festival dip can put even a 1% target behind, every county is behind).
/// </summary>
internal static class DemoTargetSeeder
{
    /// <summary>Each county's rate against its break-even rate, in points.</summary>
    private static readonly decimal[] CountyOffsets = [2m, 5m, -2m, 4m, 8m, -3m, 1m, 3m, 6m, -1m];

    public static async Task SeedAsync(AppDbContext db, string region, IReadOnlyList<Features.Reference.Region> counties, IReadOnlyList<int> chainIds, DateOnly today, CancellationToken ct)
    {
        var year = Periods.Year(DemoStatisticsSeeder.Range(today).To);
        const string source = "示例：政府工作报告";
        var all = region.Length == 2 ? "全省" : "全市";
        db.Targets.Add(Growth($"{year}年{all}规上工业总产值增长8%", TargetScope.City, region, null, Metric.Output, year, 0.08m, source));
        db.Targets.Add(Growth($"{year}年{all}规上工业营业收入增长7%", TargetScope.City, region, null, Metric.Revenue, year, 0.07m, source));
        db.Targets.Add(Growth($"{year}年{all}工业实缴税金增长5%", TargetScope.City, region, null, Metric.Tax, year, 0.05m, source));
        var latest = DemoStatisticsSeeder.Range(today).To;
        var ytd = await CountyOutputAsync(db, latest, ct);
        var lastYear = await CountyOutputAsync(db, Periods.Of(year - 1, 12), ct);
        for (var i = 0; i < counties.Count; i++)
        {
            var evenRate = lastYear.GetValueOrDefault(counties[i].Code) is > 0 and var total
                ? ytd.GetValueOrDefault(counties[i].Code) / (total * Periods.Month(latest) / 12m) - 1
                : 0.08m;
            var rate = Math.Max(0.01m, Math.Round((evenRate * 100) + CountyOffsets[i % CountyOffsets.Length]) / 100);
            db.Targets.Add(Growth($"{year}年{counties[i].Name}规上工业总产值增长{Percent(rate)}", TargetScope.County, counties[i].Code, null,
                Metric.Output, year, rate, "示例：县区年度目标责任书"));
        }
        foreach (var (chainId, rate) in chainIds.Take(3).Zip([0.15m, 0.10m, 0.06m]))
        {
            db.Targets.Add(Growth($"{year}年产业链工业总产值增长{Percent(rate)}", TargetScope.Chain, region, chainId, Metric.Output, year, rate, "示例：产业链三年行动计划"));
        }
        // A three-year target from the year before last: base = that year's actual from the generated statistics.
        var baseYear = year - 2;
        var baseValue = await db.MonthlyReports.Where(r => r.Period == Periods.Of(baseYear, 12)).SumAsync(r => r.OutputYtd, ct);
        if (baseValue > 0)
        {
            db.Targets.Add(new Target
            {
                Name = $"{baseYear + 1}—{baseYear + 3}年{all}规上工业总产值年均增长10%", Scope = TargetScope.City, RegionCode = region,
                Metric = Metric.Output, Kind = TargetKind.Value, StartYear = baseYear + 1, EndYear = baseYear + 3,
                BaseValue = Math.Round(baseValue), TargetValue = Math.Round(baseValue * 1.331m), Source = "示例：工业强市三年行动方案",
            });
        }
        await db.SaveChangesAsync(ct);
    }

    private static async Task<Dictionary<string, decimal>> CountyOutputAsync(AppDbContext db, int period, CancellationToken ct) =>
        await db.MonthlyReports.Where(r => r.Period == period)
            .Join(db.Enterprises, r => r.EnterpriseId, e => e.Id, (r, e) => new { e.CountyCode, r.OutputYtd })
            .GroupBy(x => x.CountyCode).Select(g => new { g.Key, Sum = g.Sum(x => x.OutputYtd) })
            .ToDictionaryAsync(x => x.Key, x => x.Sum, ct);

    private static string Percent(decimal rate) => $"{rate * 100:0}%";

    private static Target Growth(string name, TargetScope scope, string region, int? chainId, Metric metric, int year, decimal rate, string source) => new()
    {
        Name = name, Scope = scope, RegionCode = region, ChainId = chainId, Metric = metric, Kind = TargetKind.Growth,
        StartYear = year, EndYear = year, TargetValue = rate, Source = source,
    };
}
