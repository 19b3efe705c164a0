using ChainChief.Web.Infrastructure.Auth;

namespace ChainChief.Web.Features.Enterprises;

public static class EnterpriseScope
{
    /// <summary>The firms an actor may see: its own firm for an enterprise user, else those in its region scope.</summary>
    public static IQueryable<Enterprise> VisibleTo(this IQueryable<Enterprise> query, Actor actor) =>
        actor.IsEnterpriseUser
            ? query.Where(e => e.Id == actor.EnterpriseId)
            : query.Where(e => e.CountyCode.StartsWith(actor.RegionScope));
}
