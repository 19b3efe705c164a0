using ChainChief.Web.Data;
using ChainChief.Web.Features.Audit;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Enterprises;

/// <summary>The audit trail of one firm (its record, titles and history rows), for whoever may see the firm.</summary>
public sealed class GetEnterpriseHistory(IDbContextFactory<AppDbContext> dbs, ListAuditEntries audit)
{
    public async Task<PagedList<ListAuditEntries.Row>?> HandleAsync(int id, int page, Actor actor, CancellationToken ct)
    {
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            if (!await db.Enterprises.VisibleTo(actor).AnyAsync(e => e.Id == id, ct))
            {
                return null;
            }
        }
        return await audit.HandleAsync(new ListAuditEntries.Query { SubjectType = nameof(Enterprise), SubjectId = id, Page = page }, ct);
    }
}
