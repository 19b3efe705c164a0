using ChainChief.Web.Data;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Incentives;

/// <summary>One award batch with every firm's award: amount, how it is computed, the conditions it met, and payment.</summary>
public sealed class GetAwardBatch(IDbContextFactory<AppDbContext> dbs, ReferenceData reference)
{
    public sealed record AwardRow(int Id, int EnterpriseId, string Firm, string CreditCode, string County, decimal Amount, string Benefit, string Criteria,
        AwardStatus Status, DateOnly? PaidOn, string? VoucherNo, string? Note, int Revision);

    public sealed record Detail(int Id, int PolicyId, string PolicyTitle, int Year, string RegionCode, BatchStatus Status, string? Note, string CreatedBy,
        DateTime CreatedAt, string? ApprovedBy, DateTime? ApprovedAt, int Version, decimal Proposed, decimal Approved, decimal Paid, IReadOnlyList<AwardRow> Awards);

    public async Task<Detail?> HandleAsync(int id, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var batch = await db.AwardBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id && b.RegionCode.StartsWith(actor.RegionScope), ct);
        if (batch is null || actor.IsEnterpriseUser)
        {
            return null;
        }
        var title = await db.Policies.Where(p => p.Id == batch.PolicyId).Select(p => p.Title).SingleAsync(ct);
        var rows = await (from a in db.Awards.AsNoTracking()
                          where a.BatchId == id
                          join e in db.Enterprises on a.EnterpriseId equals e.Id
                          join r in db.PolicyRevisions on a.RevisionId equals r.Id
                          orderby a.Amount descending, e.Name
                          select new { a, e.Name, e.CreditCode, r.Number }).ToListAsync(ct);
        var awards = rows.Select(x => new AwardRow(x.a.Id, x.a.EnterpriseId, x.Name, x.CreditCode, reference.RegionName(x.a.CountyCode), x.a.Amount, x.a.Benefit,
            x.a.Criteria, x.a.Status, x.a.PaidOn, x.a.VoucherNo, x.a.Note, x.Number)).ToList();
        decimal Sum(params AwardStatus[] s) => awards.Where(a => s.Contains(a.Status)).Sum(a => a.Amount);
        return new Detail(batch.Id, batch.PolicyId, title, batch.Year, batch.RegionCode, batch.Status, batch.Note, batch.CreatedBy, batch.CreatedAt, batch.ApprovedBy,
            batch.ApprovedAt, batch.Version, Sum(AwardStatus.Proposed, AwardStatus.Approved, AwardStatus.Paid, AwardStatus.Rejected),
            Sum(AwardStatus.Approved, AwardStatus.Paid), Sum(AwardStatus.Paid), awards);
    }
}
