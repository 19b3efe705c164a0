using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Infrastructure.Auth;

namespace ChainChief.Web.Features.Cultivation;

/// <summary>The filters every ladder list shares: the actor's firms, narrowed to a county (prefix) and a chain.</summary>
public sealed record LadderFilter
{
    /// <summary>6-digit division code or prefix; a county officer is held to its own county whatever is asked.</summary>
    public string? County { get; init; }
    public int? ChainId { get; init; }
}

public static class LadderScope
{
    /// <summary>Operating firms the actor may see, narrowed by the filter.</summary>
    public static IQueryable<Enterprise> Firms(AppDbContext db, LadderFilter filter, Actor actor)
    {
        var firms = db.Enterprises.VisibleTo(actor).Where(e => e.Status == OperatingStatus.Operating);
        if (!string.IsNullOrWhiteSpace(filter.County))
        {
            var county = filter.County.Trim();
            firms = firms.Where(e => e.CountyCode.StartsWith(county));
        }
        if (filter.ChainId is { } chain)
        {
            firms = firms.Where(e => db.EnterpriseChains.Any(c => c.EnterpriseId == e.Id && c.ChainId == chain));
        }
        return firms;
    }
}
