using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Enterprises;

/// <summary>Removes a record entered by mistake (a firm that closed is 注销, not deleted). The audit log keeps it.</summary>
public sealed class DeleteEnterprise(IDbContextFactory<AppDbContext> dbs)
{
    public async Task<bool> HandleAsync(int id, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var enterprise = await db.Enterprises.VisibleTo(actor)
            .Include(e => e.Tags).Include(e => e.ScaleHistory).Include(e => e.StatusHistory).Include(e => e.Chains).AsSplitQuery()
            .SingleOrDefaultAsync(e => e.Id == id, ct);
        if (enterprise is null)
        {
            return false;
        }
        db.Enterprises.Remove(enterprise);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
