using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Incentives;

/// <summary>Award batches in the actor's region, newest first, each with its firm count and amounts by stage.</summary>
public sealed class ListAwardBatches(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Query
    {
        public int? PolicyId { get; init; }
        public BatchStatus? Status { get; init; }
    }

    public sealed record Row(int Id, int PolicyId, string PolicyTitle, int Year, string RegionCode, BatchStatus Status, DateTime CreatedAt, string CreatedBy,
        int Firms, decimal Amount, decimal PaidAmount);

    public async Task<IReadOnlyList<Row>> HandleAsync(Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (actor.IsEnterpriseUser)
        {
            return [];
        }
        var batches = db.AwardBatches.AsNoTracking().Where(b => b.RegionCode.StartsWith(actor.RegionScope));
        if (query.PolicyId is { } policyId)
        {
            batches = batches.Where(b => b.PolicyId == policyId);
        }
        if (query.Status is { } status)
        {
            batches = batches.Where(b => b.Status == status);
        }
        return await (from b in batches
                      join p in db.Policies on b.PolicyId equals p.Id
                      orderby b.CreatedAt descending, b.Id descending
                      select new Row(b.Id, b.PolicyId, p.Title, b.Year, b.RegionCode, b.Status, b.CreatedAt, b.CreatedBy,
                          db.Awards.Count(a => a.BatchId == b.Id && a.Status != AwardStatus.Rejected),
                          db.Awards.Where(a => a.BatchId == b.Id && a.Status != AwardStatus.Rejected).Sum(a => (decimal?)a.Amount) ?? 0,
                          db.Awards.Where(a => a.BatchId == b.Id && a.Status == AwardStatus.Paid).Sum(a => (decimal?)a.Amount) ?? 0))
            .Take(500).ToListAsync(ct);
    }
}
