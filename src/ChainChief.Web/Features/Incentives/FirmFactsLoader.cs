using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// Builds the facts policy rules ask about for every operating firm of a region, in a handful of set queries (no query
/// per firm): the registry profile, titles in force on the day (by their <see cref="EnterpriseTagKind"/> name), chains,
/// and the statistics of the year before the day — 营业收入, 工业总产值, 实缴税金 and 研发费用 for the year (December's
/// 累计), the R&amp;D ratio, revenue growth on the year before that — and the year a firm above scale became so (升规).
/// A firm without reports has no figures (rules then say "无数据"). One firm's facts (its portal) come from the same queries narrowed to it.
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
        // 升规: the year a firm now above scale last became so (建档 as above-scale counts as its registration year).
        var aboveSince = (await db.EnterpriseScaleChanges.AsNoTracking().Where(c => inRegion.Contains(c.EnterpriseId) && c.To == EnterpriseScale.AboveScale && c.EffectiveOn <= day)
                .GroupBy(c => c.EnterpriseId).Select(g => new { EnterpriseId = g.Key, Since = g.Max(c => c.EffectiveOn) }).ToListAsync(ct))
            .ToDictionary(c => c.EnterpriseId, c => c.Since.Year);
        var sums = await YearTotalsAsync(db, inRegion, firms.Select(f => f.Id).ToList(), year, ct);
        return [.. firms.Select(f =>
        {
            var last = sums[f.Id].FirstOrDefault(s => s.Year == year);
            var before = sums[f.Id].FirstOrDefault(s => s.Year == year - 1);
            var numbers = new Dictionary<string, decimal?>
            {
                [FactCatalog.Employees] = f.Employees,
                [FactCatalog.AboveScaleYear] = f.Scale == EnterpriseScale.AboveScale && aboveSince.TryGetValue(f.Id, out var since) ? since : null,
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

    private sealed record YearTotal(int EnterpriseId, int Year, decimal Revenue, decimal Output, decimal Tax, decimal RnD);

    /// <summary>
    /// Each firm's totals for the year and the one before: the December report's 1–12月累计 figures (one row per firm and
    /// year — the annual figure statistics offices use); a firm without a December report gets its months summed.
    /// </summary>
    private static async Task<ILookup<int, YearTotal>> YearTotalsAsync(AppDbContext db, IQueryable<int> inRegion, List<int> firms, int year, CancellationToken ct)
    {
        var (decemberBefore, december) = ((year - 1) * 100 + 12, year * 100 + 12);
        var totals = await db.MonthlyReports.AsNoTracking().Where(r => (r.Period == december || r.Period == decemberBefore) && inRegion.Contains(r.EnterpriseId))
            .Select(r => new YearTotal(r.EnterpriseId, r.Period / 100, r.RevenueYtd, r.OutputYtd, r.TaxYtd, r.RnDYtd)).ToListAsync(ct);
        var complete = totals.Where(t => t.Year == year).Select(t => t.EnterpriseId).ToHashSet();
        var partial = firms.Where(f => !complete.Contains(f)).ToList();
        var found = totals.Select(t => (t.EnterpriseId, t.Year)).ToHashSet();
        var (from, to) = ((year - 1) * 100 + 1, year * 100 + 11);
        foreach (var ids in partial.Chunk(1_000))
        {
            var sums = await db.MonthlyReports.AsNoTracking().Where(r => r.Period >= from && r.Period <= to && ids.Contains(r.EnterpriseId))
                .GroupBy(r => new { r.EnterpriseId, Year = r.Period / 100 })
                .Select(g => new YearTotal(g.Key.EnterpriseId, g.Key.Year, g.Sum(r => r.Revenue), g.Sum(r => r.Output), g.Sum(r => r.Tax), g.Sum(r => r.RnD)))
                .ToListAsync(ct);
            // The year before keeps its December 累计 when it has one.
            totals.AddRange(sums.Where(s => !found.Contains((s.EnterpriseId, s.Year))));
        }
        return totals.ToLookup(t => t.EnterpriseId);
    }
}
