using ChainChief.Web.Features.Chains;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;

namespace ChainChief.Web.Features.Cockpit;

/// <summary>
/// The firms a cockpit figure covers: those in <see cref="Region"/> (the actor's region, or a prefecture or county within
/// it) and, on a chain page, on <see cref="ChainId"/> or its sub-chains. <see cref="Home"/> is the actor's whole region,
/// the denominator of "share of region". Being a value, it is also the cache key of everything computed for it.
/// </summary>
public sealed record CockpitScope(string Home, string Region, int? ChainId)
{
    public bool Covers(FirmInfo firm) =>
        firm.County.StartsWith(Region, StringComparison.Ordinal) && (ChainId is not { } chain || firm.Chains.Contains(chain));

    public CockpitScope Whole => new(Home, Home, null);

    public bool CanSee(ChainInfo chain) => ChainScope.IsVisible(Home, chain.RegionCode);

    /// <summary>
    /// The scope for an actor and the optional narrowing asked for; null when the region is outside the actor's or the
    /// chain is unknown or not visible to it (the API answers 404, as for any record out of scope). Enterprise users
    /// have no cockpit.
    /// </summary>
    /// <summary>The scope's part of a cockpit link ("&amp;region=…&amp;chainId=…"), empty for the actor's whole region.</summary>
    public static string QueryString(string? region, int? chainId) =>
        (region is null ? "" : $"&region={region}") + (chainId is null ? "" : $"&chainId={chainId}");

    public static CockpitScope? Resolve(Actor actor, string? region, int? chainId, FirmDirectory directory)
    {
        if (actor.IsEnterpriseUser)
        {
            throw new AccessDeniedException("企业用户没有驾驶舱权限");
        }
        var home = actor.RegionScope;
        region = string.IsNullOrWhiteSpace(region) ? home : region.Trim();
        if (!region.StartsWith(home, StringComparison.Ordinal) || region.Length % 2 != 0 || region.Length > 6 || !region.All(char.IsAsciiDigit))
        {
            return null;
        }
        if (chainId is { } id && (!directory.Chains.TryGetValue(id, out var chain) || !ChainScope.IsVisible(home, chain.RegionCode)))
        {
            return null;
        }
        return new CockpitScope(home, region, chainId);
    }
}
