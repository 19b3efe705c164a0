using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Statistics;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Cultivation;

/// <summary>
/// Trailing-twelve-month 营业收入 for a set of firms in two set queries: the latest reported month up to last month is
/// the 截至 month; each firm's sum over the twelve months to it and over the twelve before.
/// </summary>
public static class ScaleFiguresLoader
{
    public sealed record Firm(int Id, string Name, string CountyCode, EnterpriseScale Scale);

    public static async Task<(int? AsOf, List<(Firm Firm, ScaleFigures Figures)> Rows)> LoadAsync(AppDbContext db, IQueryable<Enterprise> firms, DateOnly today, CancellationToken ct)
    {
        var lastMonth = Periods.Previous(Periods.Of(today));
        var ids = firms.Select(e => e.Id);
        var asOf = await db.MonthlyReports.Where(r => r.Period <= lastMonth && ids.Contains(r.EnterpriseId)).MaxAsync(r => (int?)r.Period, ct);
        if (asOf is not { } to)
        {
            return (null, []);
        }
        var (from, before) = (Periods.AddMonths(to, -11), Periods.AddMonths(to, -23));
        var sums = await db.MonthlyReports.AsNoTracking().Where(r => r.Period >= before && r.Period <= to && ids.Contains(r.EnterpriseId))
            .GroupBy(r => new { r.EnterpriseId, Recent = r.Period >= from })
            .Select(g => new { g.Key.EnterpriseId, g.Key.Recent, Revenue = g.Sum(r => r.Revenue), Months = g.Count() })
            .ToListAsync(ct);
        var byFirm = sums.ToLookup(s => s.EnterpriseId);
        var list = await firms.AsNoTracking().Where(e => db.MonthlyReports.Any(r => r.EnterpriseId == e.Id && r.Period >= from && r.Period <= to))
            .Select(e => new Firm(e.Id, e.Name, e.CountyCode, e.Scale)).ToListAsync(ct);
        return (to, [.. list.Select(f =>
        {
            var recent = byFirm[f.Id].FirstOrDefault(s => s.Recent);
            var old = byFirm[f.Id].FirstOrDefault(s => !s.Recent);
            return (f, new ScaleFigures(f.Id, f.Scale, recent?.Revenue ?? 0, recent?.Months ?? 0, old?.Revenue, old?.Months ?? 0));
        })]);
    }
}
