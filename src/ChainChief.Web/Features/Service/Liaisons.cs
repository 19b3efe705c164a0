using ChainChief.Web.Data;
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

    /// <summary>Officials who could be assigned: active accounts that are not enterprise accounts, in or above the firm's region.</summary>
    public async Task<IReadOnlyList<Candidate>> CandidatesAsync(int firmId, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var county = await VisibleFirmAsync(db, firmId, actor, ct);
        var users = await db.Users.AsNoTracking().Where(u => u.EnterpriseId == null).Select(u => new { u.Id, u.DisplayName, u.UserName, u.RegionScope }).ToListAsync(ct);
        return [.. users.Where(u => county.StartsWith(u.RegionScope, StringComparison.Ordinal)).OrderBy(u => u.DisplayName)
            .Select(u => new Candidate(u.Id, u.DisplayName.Length > 0 ? u.DisplayName : u.UserName ?? u.Id))];
    }

    public async Task AssignAsync(int firmId, AssignRequest request, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var county = await ManagedFirmAsync(db, firmId, actor, ct);
        var user = await db.Users.Where(u => u.Id == request.UserId && u.EnterpriseId == null).Select(u => new { u.Id, u.DisplayName, u.UserName, u.RegionScope }).SingleOrDefaultAsync(ct);
        if (user is null || !county.StartsWith(user.RegionScope, StringComparison.Ordinal))
        {
            throw new InputException(nameof(request.UserId), "请选择本辖区的干部作为包联人");
        }
        if (await db.LiaisonAssignments.AnyAsync(l => l.EnterpriseId == firmId && l.UserId == user.Id, ct))
        {
            throw new BusinessRuleException("liaison.exists", "该干部已是这家企业的包联人");
        }
        db.LiaisonAssignments.Add(new LiaisonAssignment
        {
            EnterpriseId = firmId, UserId = user.Id, UserName = user.DisplayName.Length > 0 ? user.DisplayName : user.UserName ?? user.Id,
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
