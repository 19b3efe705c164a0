using ChainChief.Web.Features.Cultivation;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Data.Seed.Demo;

/// <summary>
/// The growth ladder of the demo city: two years of statistics for a handful of 汉滨区 below-scale firms near the 规上
/// line (the first one at 1,850万 trailing revenue, 150万 short), three 升规 this year, growth profiles for firms
/// whose statistics put them at or near the 专精特新 line and for the demo enterprise account's own firm, and the
/// year's goals — profiles, 升规 and goals written through the real use cases.
/// </summary>
public static class DemoLadderSeeder
{
    /// <summary>Trailing revenue now and a year ago (万元) for the pool firms, in the order they are picked.</summary>
    private static readonly (decimal Now, decimal YearAgo)[] Pool =
        [(1850m, 1440m), (2050m, 1720m), (1520m, 1580m), (1700m, 1500m), (1950m, 1990m), (1300m, 500m), (1400m, 900m), (600m, 560m)];

    public static async Task SeedAsync(AppDbContextFactory dbs, ReferenceData reference, DemoActors actors, DateOnly today, CancellationToken ct)
    {
        var to = DemoStatisticsSeeder.Range(today).To;
        List<int> below;
        await using (var db = dbs.CreateDbContext())
        {
            below = await db.Enterprises.Where(e => e.CountyCode == "610902" && e.Scale == EnterpriseScale.BelowScale && e.Status == OperatingStatus.Operating)
                .OrderBy(e => e.Id).Select(e => e.Id).Take(Pool.Length + 3).ToListAsync(ct);
            if (below.Count < Pool.Length + 3)
            {
                return;
            }
            db.ActingAs(Actor.System).WithoutAudit();
            var reports = below.Zip(Pool).SelectMany(x => Reports(x.First, Periods.AddMonths(to, -23), x.Second.YearAgo).Concat(Reports(x.First, Periods.AddMonths(to, -11), x.Second.Now))).ToList();
            YearToDate(reports);
            db.MonthlyReports.AddRange(reports);
            await db.SaveChangesAsync(ct);
        }
        var change = new ChangeEnterpriseState(dbs);
        var since = new DateOnly(today.Year, 1, 1).AddDays(Math.Min(45, today.DayOfYear - 1));
        foreach (var id in below.Skip(Pool.Length))
        {
            await change.HandleAsync(id, new ChangeEnterpriseState.Request(EnterpriseScale.AboveScale, null, since, "示例：年度统计升规", 0), actors.County, ct);
        }
        await SeedProfilesAsync(dbs, actors, today, ct);
        var goals = new SaveLadderGoal(dbs, reference);
        foreach (var (region, kind, target) in new[] { ("6109", LadderGoalKind.NetNewAboveScale, 30), ("6109", LadderGoalKind.NewInnovativeSme, 20),
            ("6109", LadderGoalKind.NewSpecialized, 8), ("6109", LadderGoalKind.NewHighTech, 12), ("610902", LadderGoalKind.NetNewAboveScale, 6) })
        {
            await goals.HandleAsync(null, new LadderGoalInput { RegionCode = region, Year = today.Year, Kind = kind, Target = target, Note = "示例：年度工业稳增长目标" }, actors.Office, ct);
        }
    }

    /// <summary>Profiles for above-scale firms with last year's R&amp;D at the 专精特新 line (qualified) or a little under it
    /// (close), and a partial one for the enterprise account's firm, so "未填报" shows too.</summary>
    private static async Task SeedProfilesAsync(AppDbContextFactory dbs, DemoActors actors, DateOnly today, CancellationToken ct)
    {
        List<(LadderFactsLoader.Firm Firm, LadderFacts Facts)> facts;
        await using (var db = dbs.CreateDbContext())
        {
            var firms = db.Enterprises.Where(e => e.CountyCode.StartsWith("6109") && e.Scale == EnterpriseScale.AboveScale && e.Status == OperatingStatus.Operating);
            facts = await LadderFactsLoader.LoadAsync(db, firms, today, ct);
        }
        var open = facts.Where(x => !x.Facts.Tags.Contains(EnterpriseTagKind.Specialized) && x.Facts.LastYear is { RnD: >= 100 }).OrderBy(x => x.Firm.Id).ToList();
        var qualified = open.Where(x => x.Facts.LastYear!.RnDRatio >= 3).Take(5);
        var close = open.Where(x => x.Facts.LastYear!.RnDRatio is >= 2.4m and < 3m).Take(4);
        var save = new SaveGrowthProfile(dbs);
        var n = 0;
        foreach (var (firm, _) in qualified.Concat(close))
        {
            n++;
            await save.HandleAsync(firm.Id, Profile(n, staff: 80 + n * 20), actors.Office, ct);
        }
        if (actors.Firm.EnterpriseId is { } own)
        {
            await save.HandleAsync(own, new GrowthProfileInput { NicheYears = 4, MainBusinessShare = 76m, DebtRatio = 58m, MainProductIp = MainProductIp.ClassOne, ClassOneIp = 1, ClassTwoIp = 6, TotalStaff = 210, TechStaff = 19 }, actors.Firm, ct);
        }
    }

    private static GrowthProfileInput Profile(int n, int staff) => new()
    {
        NicheYears = 3 + n % 5, MainBusinessShare = 72m + n, DebtRatio = 40m + n * 3, MainProductIp = n % 3 == 0 ? MainProductIp.ClassOneHighValue : MainProductIp.ClassOneSelfDeveloped,
        StrategicEmerging = n % 2 == 1, ClassOneIp = 1 + n % 3, ClassTwoIp = 4 + n, EquityTwoYears = n % 4 == 0 ? 800m : 0m, EquityThreeYears = n % 4 == 0 ? 1200m : 0m,
        TotalStaff = staff, TechStaff = staff * (8 + n % 6) / 100, RndStaff = staff * (6 + n % 5) / 100, HighTechIncomeShare = 52m + n * 2, MarketShare = 3m + n,
        SpecializedScore = n % 4 == 3 ? 56 : 62 + n, Note = "示例：企业自评，经县区工信部门初核",
    };

    /// <summary>Twelve monthly reports from <paramref name="from"/> adding up to <paramref name="total"/> 万元 of revenue.</summary>
    private static IEnumerable<MonthlyReport> Reports(int enterpriseId, int from, decimal total)
    {
        var month = Math.Round(total / 12, 2);
        return Enumerable.Range(0, 12).Select(i =>
        {
            var revenue = i == 11 ? total - month * 11 : month;
            return new MonthlyReport
            {
                EnterpriseId = enterpriseId, Period = Periods.AddMonths(from, i), InputKind = ReportInputKind.Monthly, Source = ReportSource.Generated,
                Revenue = revenue, Output = Math.Round(revenue * 1.04m, 2), Profit = Math.Round(revenue * 0.05m, 2), Tax = Math.Round(revenue * 0.03m, 2),
                ElectricityKwh10k = Math.Round(revenue * 0.02m, 2), RnD = Math.Round(revenue * 0.02m, 2), Employees = 60,
            };
        });
    }

    /// <summary>本年累计 from the month's figures, per firm and calendar year.</summary>
    private static void YearToDate(IEnumerable<MonthlyReport> reports)
    {
        foreach (var year in reports.GroupBy(r => (r.EnterpriseId, Periods.Year(r.Period))))
        {
            MonthlyReport? previous = null;
            foreach (var r in year.OrderBy(r => r.Period))
            {
                (r.OutputYtd, r.RevenueYtd, r.ProfitYtd, r.TaxYtd) = ((previous?.OutputYtd ?? 0) + r.Output, (previous?.RevenueYtd ?? 0) + r.Revenue, (previous?.ProfitYtd ?? 0) + r.Profit, (previous?.TaxYtd ?? 0) + r.Tax);
                (r.ElectricityKwh10kYtd, r.RnDYtd) = ((previous?.ElectricityKwh10kYtd ?? 0) + r.ElectricityKwh10k, (previous?.RnDYtd ?? 0) + r.RnD);
                previous = r;
            }
        }
    }
}
