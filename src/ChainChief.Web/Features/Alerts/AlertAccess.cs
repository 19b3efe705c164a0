using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Alerts;

/// <summary>Who may see and handle alerts, and to whom they can be assigned.</summary>
public static class AlertAccess
{
    /// <summary>Roles that act on alerts (assign, note, ticket, resolve); the others only read them.</summary>
    public static bool CanHandle(Actor actor) => actor.IsAny(Roles.Admin, Roles.ChainOffice, Roles.County);

    /// <summary>The alert, tracked, if its firm is within the actor's region; checks the version read by the caller.</summary>
    public static async Task<(Alert Alert, Enterprise Firm)?> FindForUpdateAsync(AppDbContext db, int id, int? version, Actor actor,
        CancellationToken ct)
    {
        if (!CanHandle(actor))
        {
            throw new AccessDeniedException("只有链长办、县区或系统管理员可以处置预警");
        }
        var found = await db.Alerts.Join(db.Enterprises.VisibleTo(actor), a => a.EnterpriseId, e => e.Id, (a, e) => new { a, e })
            .SingleOrDefaultAsync(x => x.a.Id == id, ct);
        if (found is null)
        {
            return null;
        }
        if (version is int v)
        {
            db.Entry(found.a).Property(x => x.Version).OriginalValue = v;
        }
        return (found.a, found.e);
    }

    /// <summary>An official (not an enterprise account) an alert can be assigned to.</summary>
    public sealed record Official(string Id, string Name, string RegionScope);

    /// <summary>The officials who can see a firm in <paramref name="countyCode"/>.</summary>
    public static async Task<List<Official>> OfficialsForAsync(AppDbContext db, string countyCode, CancellationToken ct)
    {
        var enterpriseRole = await db.Roles.Where(r => r.Name == Roles.Enterprise).Select(r => r.Id).SingleOrDefaultAsync(ct);
        var users = await db.Users.AsNoTracking()
            .Where(u => u.EnterpriseId == null && !db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == enterpriseRole)
                && db.UserRoles.Any(ur => ur.UserId == u.Id))
            .OrderBy(u => u.UserName)
            .Select(u => new Official(u.Id, u.DisplayName == "" ? u.UserName! : u.DisplayName, u.RegionScope)).ToListAsync(ct);
        return [.. users.Where(u => countyCode.StartsWith(u.RegionScope, StringComparison.Ordinal))];
    }
}
