using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Statistics;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Data.Seed.Demo;

/// <summary>
/// Writes 36 months of generated statistics (up to last month) for the demo city's above-scale firms, closes every
/// month but the last (关账), and names the one firm that stops in the last month: the second above-scale firm of
/// 汉滨区 (the first is the demo enterprise account's own firm).
/// </summary>
internal static class DemoStatisticsSeeder
{
    public const int Months = 36;

    public static (int From, int To) Range(DateOnly today)
    {
        var to = Periods.Previous(Periods.Of(today));
        return (Periods.AddMonths(to, -(Months - 1)), to);
    }

    public static async Task<int> SeedAsync(AppDbContextFactory dbs, int seed, DateOnly today, CancellationToken ct)
    {
        var (from, to) = Range(today);
        List<DemoStatisticsGenerator.Firm> firms;
        await using (var db = dbs.CreateDbContext())
        {
            var rows = await db.Enterprises.AsNoTracking().Where(e => e.Scale == EnterpriseScale.AboveScale).OrderBy(e => e.Id)
                .Select(e => new
                {
                    e.Id, e.CountyCode, e.Status, e.Employees,
                    AboveSince = e.ScaleHistory.Where(h => h.To == EnterpriseScale.AboveScale).Max(h => (DateOnly?)h.EffectiveOn),
                    StatusSince = e.StatusHistory.Max(h => (DateOnly?)h.EffectiveOn),
                    Leading = e.Tags.Any(t => t.Kind == EnterpriseTagKind.Leading || t.Kind == EnterpriseTagKind.ChainOwner),
                }).ToListAsync(ct);
            var stopper = rows.Where(r => r.CountyCode == "610902" && r.Status == OperatingStatus.Operating).Skip(1).Select(r => r.Id).FirstOrDefault();
            firms = [.. rows.Select(r => new DemoStatisticsGenerator.Firm(r.Id, r.AboveSince, r.Status,
                r.Status == OperatingStatus.Operating ? null : r.StatusSince, r.Employees, r.Leading, r.Id == stopper))];
        }
        var count = 0;
        foreach (var chunk in new DemoStatisticsGenerator(seed).Reports(firms, from, to).Chunk(5_000))
        {
            await using var db = dbs.CreateDbContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.ActingAs(Infrastructure.Auth.Actor.System).WithoutAudit();
            db.MonthlyReports.AddRange(chunk);
            await db.SaveChangesAsync(ct);
            count += chunk.Length;
        }
        await using (var db = dbs.CreateDbContext())
        {
            db.ActingAs(Infrastructure.Auth.Actor.System).WithoutAudit();
            foreach (var period in Periods.Range(from, Periods.Previous(to)))
            {
                var next = Periods.AddMonths(period, 1);
                var closedAt = new DateTime(Periods.Year(next), Periods.Month(next), 10, 9, 0, 0, DateTimeKind.Utc);
                var p = new StatPeriod { Id = period, IsClosed = true, ClosedAt = closedAt, ClosedBy = "system" };
                p.Events.Add(new StatPeriodEvent { Action = StatPeriodAction.Closed, At = closedAt, By = "system", Reason = "示例数据" });
                db.StatPeriods.Add(p);
            }
            await db.SaveChangesAsync(ct);
        }
        return count;
    }
}
