using ChainChief.Web.Infrastructure.Auth;

namespace ChainChief.Web.Features.Incentives;

/// <summary>Which policies and results an actor sees: policies issued over or under its region; firms' results within it.</summary>
public static class PolicyScope
{
    public static IQueryable<Policy> VisibleTo(this IQueryable<Policy> policies, Actor actor) =>
        policies.Where(p => p.RegionCode.StartsWith(actor.RegionScope) || actor.RegionScope.StartsWith(p.RegionCode));

    /// <summary>A policy the actor may change: issued within its region, by the 链长办 or an admin.</summary>
    public static IQueryable<Policy> EditableBy(this IQueryable<Policy> policies, Actor actor) =>
        policies.Where(p => p.RegionCode.StartsWith(actor.RegionScope));

    public static bool CanManage(Actor actor) => actor.IsAny(Roles.Admin, Roles.ChainOffice);

    /// <summary>The year whose figures today's matching uses (上年度).</summary>
    public static int FactYear(DateOnly today) => today.Year - 1;

    public static IQueryable<PolicyMatch> InScope(this IQueryable<PolicyMatch> matches, Actor actor) =>
        actor.IsEnterpriseUser ? matches.Where(m => m.EnterpriseId == actor.EnterpriseId) : matches.Where(m => m.CountyCode.StartsWith(actor.RegionScope));

    public static IQueryable<Award> InScope(this IQueryable<Award> awards, Actor actor) =>
        actor.IsEnterpriseUser ? awards.Where(a => a.EnterpriseId == actor.EnterpriseId) : awards.Where(a => a.CountyCode.StartsWith(actor.RegionScope));

    public static IQueryable<PolicyApplication> InScope(this IQueryable<PolicyApplication> applications, Actor actor) =>
        actor.IsEnterpriseUser ? applications.Where(a => a.EnterpriseId == actor.EnterpriseId) : applications.Where(a => a.CountyCode.StartsWith(actor.RegionScope));
}
