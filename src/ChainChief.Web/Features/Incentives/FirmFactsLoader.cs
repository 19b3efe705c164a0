using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// Builds the facts policy rules ask about for every operating firm of a region, in a handful of set queries (no query
/// per firm): the registry profile, titles in force on the day (by their <see cref="EnterpriseTagKind"/> name), chains,
/// and the statistics of the year before the day — 营业收入, 工业总产值, 实缴税金 and 研发费用 summed over the year's
/// months, the R&amp;D ratio, and revenue growth on the year before that. A firm without reports has no figures
/// (rules then say "无数据"). One firm's facts (its portal) come from the same queries narrowed to it.
/// </summary>
public static class FirmFactsLoader
{
    public static async Task<List<FirmFacts>> LoadAsync(AppDbContext db, string regionPrefix, DateOnly day, CancellationToken ct, int? enterpriseId = null)
    {
        var year = day.Year - 1;
        var scope = db.Enterprises.Where(e => e.CountyCode.StartsWith(regionPrefix));
        if (enterpriseId is { } one)
        {
            scope = scope.Where(e => e.Id == one);
        }
        var firms = await scope.AsNoTracking().Where(e => e.Status == OperatingStatus.Operating)
            .Select(e => new { e.Id, e.Name, e.CountyCode, e.IndustryCode, e.Scale, e.Employees }).ToListAsync(ct);
        var inRegion = scope.Select(e => e.Id);
        var tags = (await db.EnterpriseTags.AsNoTracking().Where(t => inRegion.Contains(t.EnterpriseId) && t.GrantedOn <= day && (t.ExpiresOn == null || t.ExpiresOn >= day))
            .Select(t => new { t.EnterpriseId, t.Kind }).ToListAsync(ct)).ToLookup(t => t.EnterpriseId, t => t.Kind.ToString());
        var chains = (await db.EnterpriseChains.AsNoTracking().Where(c => inRegion.Contains(c.EnterpriseId))
            .Select(c => new { c.EnterpriseId, c.ChainId }).ToListAsync(ct)).ToLookup(c => c.EnterpriseId, c => c.ChainId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var (from, to) = ((year - 1) * 100 + 1, year * 100 + 12);
        var sums = (await db.MonthlyReports.AsNoTracking().Where(r => r.Period >= from && r.Period <= to && inRegion.Contains(r.EnterpriseId))
                .GroupBy(r => new { r.EnterpriseId, Year = r.Period / 100 })
                .Select(g => new { g.Key.EnterpriseId, g.Key.Year, Revenue = g.Sum(r => r.Revenue), Output = g.Sum(r => r.Output), Tax = g.Sum(r => r.Tax), RnD = g.Sum(r => r.RnD) })
                .ToListAsync(ct))
            .ToLookup(s => s.EnterpriseId);
        return [.. firms.Select(f =>
        {
            var last = sums[f.Id].FirstOrDefault(s => s.Year == year);
            var before = sums[f.Id].FirstOrDefault(s => s.Year == year - 1);
            var numbers = new Dictionary<string, decimal?>
            {
                [FactCatalog.Employees] = f.Employees,
                [FactCatalog.Revenue] = last?.Revenue,
                [FactCatalog.Output] = last?.Output,
                [FactCatalog.Tax] = last?.Tax,
                [FactCatalog.RnD] = last?.RnD,
                [FactCatalog.RnDRatio] = last is { Revenue: > 0 } l ? Math.Round(l.RnD / l.Revenue * 100, 2) : null,
                [FactCatalog.RevenueGrowth] = last is not null && before is { Revenue: > 0 } b ? Math.Round((last.Revenue - b.Revenue) / b.Revenue * 100, 2) : null,
            };
            return new FirmFacts(f.Id, f.Name, f.CountyCode, f.IndustryCode, f.Scale, chains[f.Id].ToHashSet(), tags[f.Id].ToHashSet(), numbers);
        })];
    }
}
