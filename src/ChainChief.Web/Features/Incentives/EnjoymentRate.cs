using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// 应享尽享: of the (policy, firm) pairs found eligible on a year's figures, how many have had the money — an award
/// disbursed. Pairs with an award approved but not yet paid are counted apart, as are 快申快享 pairs the firm has not
/// applied for (the ones officials should call).
/// </summary>
public sealed class EnjoymentRate(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Figures(int Eligible, int Paid, int Approved, int NotApplied, decimal EligibleAmount, decimal PaidAmount)
    {
        /// <summary>Paid ÷ eligible in percent; null when nothing is eligible.</summary>
        public decimal? Rate => Eligible == 0 ? null : Math.Round(100m * Paid / Eligible, 1);
    }

    public sealed record Row(int PolicyId, Figures Figures);

    public async Task<(Figures Total, IReadOnlyList<Row> ByPolicy)> HandleAsync(int year, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await ComputeAsync(db, year, null, actor, ct);
    }

    internal static async Task<(Figures Total, IReadOnlyList<Row> ByPolicy)> ComputeAsync(AppDbContext db, int year, IReadOnlyCollection<int>? policyIds, Actor actor,
        CancellationToken ct)
    {
        var matches = db.PolicyMatches.AsNoTracking().InScope(actor).Where(m => m.Year == year && m.Current);
        var awards = db.Awards.AsNoTracking().InScope(actor).Where(a => a.Year == year);
        var applications = db.PolicyApplications.AsNoTracking().InScope(actor).Where(a => a.Year == year);
        if (policyIds is not null)
        {
            matches = matches.Where(m => policyIds.Contains(m.PolicyId));
        }
        var rows = await matches.GroupBy(m => m.PolicyId).Select(g => new
        {
            PolicyId = g.Key,
            Eligible = g.Count(),
            Amount = g.Sum(m => m.Amount),
            Paid = g.Count(m => awards.Any(a => a.PolicyId == m.PolicyId && a.EnterpriseId == m.EnterpriseId && a.Status == AwardStatus.Paid)),
            PaidAmount = g.Sum(m => awards.Where(a => a.PolicyId == m.PolicyId && a.EnterpriseId == m.EnterpriseId && a.Status == AwardStatus.Paid).Sum(a => (decimal?)a.Amount) ?? 0),
            Approved = g.Count(m => awards.Any(a => a.PolicyId == m.PolicyId && a.EnterpriseId == m.EnterpriseId && a.Status == AwardStatus.Approved)),
            NotApplied = g.Count(m => db.Policies.Any(p => p.Id == m.PolicyId && p.Mode == PolicyMode.FastTrack)
                && !applications.Any(a => a.PolicyId == m.PolicyId && a.EnterpriseId == m.EnterpriseId && a.Status != ApplicationStatus.Withdrawn)),
        }).ToListAsync(ct);
        var byPolicy = rows.Select(r => new Row(r.PolicyId, new Figures(r.Eligible, r.Paid, r.Approved, r.NotApplied, r.Amount, r.PaidAmount))).ToList();
        var total = new Figures(rows.Sum(r => r.Eligible), rows.Sum(r => r.Paid), rows.Sum(r => r.Approved), rows.Sum(r => r.NotApplied),
            rows.Sum(r => r.Amount), rows.Sum(r => r.PaidAmount));
        return (total, byPolicy);
    }
}
