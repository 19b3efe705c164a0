using ChainChief.Web.Infrastructure.Auth;

namespace ChainChief.Web.Features.Chains;

/// <summary>
/// A chain belongs to a government (city or county). Its officers see it, and so do those above and below it: the
/// province sees the city's chains, a county officer sees the city chains its firms sit on.
/// </summary>
public static class ChainScope
{
    public static IQueryable<Chain> VisibleTo(this IQueryable<Chain> chains, Actor actor)
    {
        var scope = actor.RegionScope;
        var above = Enumerable.Range(0, scope.Length / 2 + 1).Select(i => scope[..(i * 2)]).ToList();
        return chains.Where(c => c.RegionCode.StartsWith(scope) || above.Contains(c.RegionCode));
    }

    /// <summary>The same rule for a chain already in memory: its region is within the scope or one of the scope's parents.</summary>
    public static bool IsVisible(string regionScope, string chainRegion) =>
        chainRegion.StartsWith(regionScope, StringComparison.Ordinal)
        || (chainRegion.Length % 2 == 0 && regionScope.StartsWith(chainRegion, StringComparison.Ordinal));

    /// <summary>链长办 and administrators edit chains, maps, plans and meetings; departments update the tasks they own.</summary>
    public static bool CanManage(Actor actor) => actor.IsAny(Roles.Admin, Roles.ChainOffice);
}
