using ChainChief.Web.Infrastructure.Auth;

namespace ChainChief.Web.Features.Appeals;

/// <summary>
/// Who sees which appeals, and as which party of the workflow someone acts: a firm sees and acts on its own; a
/// department user sees those assigned to the department; the 链长办, admins, leaders and county officers see those of
/// firms in their region (leaders only read).
/// </summary>
public static class AppealAccess
{
    public static IQueryable<Appeal> VisibleTo(this IQueryable<Appeal> appeals, Actor actor)
    {
        if (actor.IsEnterpriseUser)
        {
            return actor.EnterpriseId is { } firm ? appeals.Where(a => a.EnterpriseId == firm) : appeals.Where(_ => false);
        }
        if (actor.IsAny(Roles.Admin, Roles.ChainOffice, Roles.County, Roles.ChainChief))
        {
            var scope = actor.RegionScope;
            return appeals.Where(a => a.CountyCode.StartsWith(scope));
        }
        return actor.DepartmentId is { } dept ? appeals.Where(a => a.DepartmentId == dept) : appeals.Where(_ => false);
    }

    /// <summary>The parties the actor holds for this appeal, the workflow's first choice first.</summary>
    public static IReadOnlyList<AppealParty> PartiesOf(Appeal appeal, Actor actor)
    {
        var parties = new List<AppealParty>();
        if (actor.IsAny(Roles.Admin, Roles.ChainOffice, Roles.County) && actor.CanSeeRegion(appeal.CountyCode))
        {
            parties.Add(AppealParty.Office);
        }
        if (actor.DepartmentId is { } dept && dept == appeal.DepartmentId)
        {
            parties.Add(AppealParty.Department);
        }
        if (actor.IsIn(Roles.Enterprise) && actor.EnterpriseId == appeal.EnterpriseId)
        {
            parties.Add(AppealParty.Firm);
        }
        return parties;
    }

    /// <summary>Officials may file for a firm in their region (during a visit); a firm files for itself.</summary>
    public static bool CanFileFor(Actor actor, int enterpriseId, string countyCode) => actor.IsEnterpriseUser
        ? actor.EnterpriseId == enterpriseId
        : actor.IsAny(Roles.Admin, Roles.ChainOffice, Roles.County) && actor.CanSeeRegion(countyCode);
}
