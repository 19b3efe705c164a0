using ChainChief.Web.Data;
using ChainChief.Web.Features.Chains;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Investment;

/// <summary>
/// Who sees and works investment records. Firms never do. A target library belongs to a government and is seen like a
/// chain (a county officer also sees its city's library); leads are seen by the officials whose region covers where
/// they would land. Writes need <see cref="Policies.ManageInvestment"/> and a record inside the actor's own region.
/// </summary>
public static class InvestmentAccess
{
    public static bool CanManage(Actor actor) => !actor.IsEnterpriseUser && actor.IsAny(Roles.Admin, Roles.ChainOffice, Roles.Department, Roles.County);

    public static IQueryable<TargetFirm> VisibleTo(this IQueryable<TargetFirm> targets, Actor actor)
    {
        if (actor.IsEnterpriseUser)
        {
            return targets.Where(_ => false);
        }
        var scope = actor.RegionScope;
        var above = Enumerable.Range(0, scope.Length / 2 + 1).Select(i => scope[..(i * 2)]).ToList();
        return targets.Where(t => t.RegionCode.StartsWith(scope) || above.Contains(t.RegionCode));
    }

    public static IQueryable<Lead> VisibleTo(this IQueryable<Lead> leads, Actor actor)
    {
        if (actor.IsEnterpriseUser)
        {
            return leads.Where(_ => false);
        }
        var scope = actor.RegionScope;
        return leads.Where(l => l.RegionCode.StartsWith(scope));
    }

    /// <summary>Throws unless the actor may write a record of the region (its own region or below).</summary>
    public static void EnsureCanWrite(Actor actor, string regionCode)
    {
        if (!CanManage(actor))
        {
            throw new AccessDeniedException("只有链长办、县区和部门的干部可以维护招商信息");
        }
        if (!actor.CanSeeRegion(regionCode))
        {
            throw new AccessDeniedException("只能维护本辖区的招商信息");
        }
    }

    /// <summary>
    /// An open lead the actor may work, tracked with the version the caller read (a stale one fails the save with a 409);
    /// null when it is not there or not in the actor's view.
    /// </summary>
    public static async Task<Lead?> OpenLeadForWriteAsync(AppDbContext db, int id, int version, Actor actor, CancellationToken ct)
    {
        var lead = await db.Leads.VisibleTo(actor).SingleOrDefaultAsync(l => l.Id == id, ct);
        if (lead is null)
        {
            return null;
        }
        EnsureCanWrite(actor, lead.RegionCode);
        LeadWorkflow.EnsureOpen(lead);
        db.Entry(lead).Property(l => l.Version).OriginalValue = version;
        return lead;
    }

    /// <summary>The chain is one the actor sees (a missing or hidden chain reads as missing).</summary>
    public static bool CanUseChain(Actor actor, string chainRegion) => ChainScope.IsVisible(actor.RegionScope, chainRegion);
}
