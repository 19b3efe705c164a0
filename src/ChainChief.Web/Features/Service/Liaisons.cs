using ChainChief.Web.Data;
using ChainChief.Web.Features.Alerts;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Service;

/// <summary>包联: which officials look after a firm. The 链长办 and county officers assign them within their region.</summary>
public sealed class Liaisons(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    public sealed record Liaison(string UserId, string Name, DateTime AssignedAt);

    public sealed record Candidate(string UserId, string Name);

    public sealed record AssignRequest(string UserId);

    public async Task<IReadOnlyList<Liaison>> ListAsync(int firmId, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await VisibleFirmAsync(db, firmId, actor, ct);
        return await db.LiaisonAssignments.AsNoTracking().Where(l => l.EnterpriseId == firmId).OrderBy(l => l.AssignedAt)
            .Select(l => new Liaison(l.UserId, l.UserName, l.AssignedAt)).ToListAsync(ct);
    }

    /// <summary>Officials who could be assigned: those who can see the firm (the same list alerts are assigned from).</summary>
    public async Task<IReadOnlyList<Candidate>> CandidatesAsync(int firmId, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var county = await VisibleFirmAsync(db, firmId, actor, ct);
        return [.. (await AlertAccess.OfficialsForAsync(db, county, ct)).Select(o => new Candidate(o.Id, o.Name))];
    }

    public async Task AssignAsync(int firmId, AssignRequest request, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var county = await ManagedFirmAsync(db, firmId, actor, ct);
        var user = (await AlertAccess.OfficialsForAsync(db, county, ct)).SingleOrDefault(o => o.Id == request.UserId);
        if (user is null)
        {
            throw new InputException(nameof(request.UserId), "请选择本辖区的干部作为包联人");
        }
        if (await db.LiaisonAssignments.AnyAsync(l => l.EnterpriseId == firmId && l.UserId == user.Id, ct))
        {
            throw new BusinessRuleException("liaison.exists", "该干部已是这家企业的包联人");
        }
        db.LiaisonAssignments.Add(new LiaisonAssignment
        {
            EnterpriseId = firmId, UserId = user.Id, UserName = user.Name,
            AssignedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
    }

    public async Task<bool> RemoveAsync(int firmId, string userId, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        await ManagedFirmAsync(db, firmId, actor, ct);
        var assignment = await db.LiaisonAssignments.SingleOrDefaultAsync(l => l.EnterpriseId == firmId && l.UserId == userId, ct);
        if (assignment is null)
        {
            return false;
        }
        db.LiaisonAssignments.Remove(assignment);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static async Task<string> VisibleFirmAsync(AppDbContext db, int firmId, Actor actor, CancellationToken ct) =>
        await db.Enterprises.VisibleTo(actor).Where(e => e.Id == firmId).Select(e => e.CountyCode).SingleOrDefaultAsync(ct)
            ?? throw new BusinessRuleException("enterprise.missing", "企业不存在或不在您的范围内");

    private static async Task<string> ManagedFirmAsync(AppDbContext db, int firmId, Actor actor, CancellationToken ct)
    {
        var county = await VisibleFirmAsync(db, firmId, actor, ct);
        return actor.IsAny(Roles.Admin, Roles.ChainOffice, Roles.County) ? county : throw new AccessDeniedException("只有链长办或县区可以安排包联干部");
    }
}
