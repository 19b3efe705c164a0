using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Cultivation;

/// <summary>
/// Builds the tier checks' facts for a set of firms in four set queries (no query per firm): the registry row, titles
/// in force today (and the latest science award), 营业收入 and 研发费用 summed per year over the three years before
/// this one, and the declared growth profiles.
/// </summary>
public static class LadderFactsLoader
{
    public sealed record Firm(int Id, string Name, string CountyCode, EnterpriseScale Scale, DateOnly? FoundedOn);

    public static async Task<List<(Firm Firm, LadderFacts Facts)>> LoadAsync(AppDbContext db, IQueryable<Enterprise> firms, DateOnly today, CancellationToken ct)
    {
        var ids = firms.Select(e => e.Id);
        var list = await firms.AsNoTracking().Select(e => new Firm(e.Id, e.Name, e.CountyCode, e.Scale, e.FoundedOn)).ToListAsync(ct);
        var tags = (await db.EnterpriseTags.AsNoTracking().Where(t => ids.Contains(t.EnterpriseId) && t.GrantedOn <= today && (t.ExpiresOn == null || t.ExpiresOn >= today))
            .Select(t => new { t.EnterpriseId, t.Kind, t.GrantedOn }).ToListAsync(ct)).ToLookup(t => t.EnterpriseId);
        var (first, last) = ((today.Year - 3) * 100 + 1, (today.Year - 1) * 100 + 12);
        var years = (await db.MonthlyReports.AsNoTracking().Where(r => r.Period >= first && r.Period <= last && ids.Contains(r.EnterpriseId))
                .GroupBy(r => new { r.EnterpriseId, Year = r.Period / 100 })
                .Select(g => new { g.Key.EnterpriseId, g.Key.Year, Revenue = g.Sum(r => r.Revenue), RnD = g.Sum(r => r.RnD), Months = g.Count() })
                .Where(y => y.Months >= 12)
                .ToListAsync(ct))
            .ToLookup(y => y.EnterpriseId, y => new YearFigures(y.Year, y.Revenue, y.RnD, y.Months));
        var profiles = await db.GrowthProfiles.AsNoTracking().Where(p => ids.Contains(p.EnterpriseId)).ToDictionaryAsync(p => p.EnterpriseId, ct);
        return [.. list.Select(f =>
        {
            var held = tags[f.Id].ToList();
            YearFigures? Year(int y) => years[f.Id].FirstOrDefault(x => x.Year == y);
            var facts = new LadderFacts
            {
                EnterpriseId = f.Id, Today = today, FoundedOn = f.FoundedOn,
                Tags = held.Select(t => t.Kind).ToHashSet(),
                LatestScienceAward = held.Where(t => t.Kind is EnterpriseTagKind.NationalScienceAward or EnterpriseTagKind.ProvincialScienceAward).Max(t => (DateOnly?)t.GrantedOn),
                LastYear = Year(today.Year - 1), YearBefore = Year(today.Year - 2), TwoYearsBefore = Year(today.Year - 3),
                Declared = profiles.GetValueOrDefault(f.Id)?.ToFacts() ?? new DeclaredFacts(),
            };
            return (f, facts);
        })];
    }
}
