using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Service;

/// <summary>
/// Who sees and records 包联 visits: the 链长办, admins, leaders and county officers for firms in their region; any other
/// official for the firms assigned to them and the visits they made. Firms never see visit logs (they hold the visitor's
/// judgement of the firm's risks).
/// </summary>
public static class ServiceAccess
{
    public static bool IsRegional(Actor actor) => actor.IsAny(Roles.Admin, Roles.ChainOffice, Roles.County, Roles.ChainChief);

    public static IQueryable<Visit> VisibleTo(this IQueryable<Visit> visits, AppDbContext db, Actor actor)
    {
        if (actor.IsEnterpriseUser)
        {
            return visits.Where(_ => false);
        }
        if (IsRegional(actor))
        {
            var scope = actor.RegionScope;
            return visits.Where(v => v.CountyCode.StartsWith(scope));
        }
        var me = actor.UserId;
        return visits.Where(v => v.VisitorId == me || db.LiaisonAssignments.Any(l => l.UserId == me && l.EnterpriseId == v.EnterpriseId));
    }

    /// <summary>The firm (id, county, name) when the actor may record a visit to it; throws otherwise.</summary>
    public static async Task<(int Id, string CountyCode, string Name)> FirmForVisitAsync(AppDbContext db, int? firmId, Actor actor, CancellationToken ct)
    {
        var firm = firmId is { } id ? await db.Enterprises.Where(e => e.Id == id).Select(e => new { e.Id, e.CountyCode, e.Name }).SingleOrDefaultAsync(ct) : null;
        if (firm is null)
        {
            throw new InputException("EnterpriseId", "请选择走访的企业");
        }
        var allowed = !actor.IsEnterpriseUser && ((actor.IsAny(Roles.Admin, Roles.ChainOffice, Roles.County) && actor.CanSeeRegion(firm.CountyCode))
            || await db.LiaisonAssignments.AnyAsync(l => l.EnterpriseId == firm.Id && l.UserId == actor.UserId, ct));
        return allowed ? (firm.Id, firm.CountyCode, firm.Name) : throw new AccessDeniedException("只有本辖区的链长办、县区或该企业的包联干部可以记录走访");
    }
}
