using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChainChief.Web.Features.Cultivation;

/// <summary>
/// One firm on the ladder: its 升规/退库 signal (if any), every tier with its conditions and gaps, and the growth profile
/// to edit. An enterprise user sees its own firm; officials the firms of their region. Null when not visible.
/// </summary>
public sealed class GetFirmLadder(IDbContextFactory<AppDbContext> dbs, IOptions<CultivationOptions> options, TierThresholds thresholds, TimeProvider clock)
{
    public sealed record Detail(int EnterpriseId, string Name, string CountyCode, EnterpriseScale Scale, decimal? Trailing, int? AsOf,
        ScaleSignal? Signal, IReadOnlyList<TierCheck> Tiers, GrowthProfileInput Profile, bool HasProfile, bool CanEdit);

    public async Task<Detail?> HandleAsync(int enterpriseId, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var firm = db.Enterprises.VisibleTo(actor).Where(e => e.Id == enterpriseId);
        var today = clock.Today();
        if (await LadderFactsLoader.LoadAsync(db, firm, today, ct) is not [var (info, facts)])
        {
            return null;
        }
        var (asOf, figures) = await ScaleFiguresLoader.LoadAsync(db, firm, today, ct);
        var o = options.Value.ScaleWatch;
        var scale = figures.Select(f => f.Figures).FirstOrDefault();
        var signal = scale is null ? null : ScaleWatch.ForPool(scale, o) ?? ScaleWatch.ForWatch(scale, o);
        var trailing = scale is { Months: > 0 } ? ScaleWatch.Trailing(scale) : (decimal?)null;
        var profile = await db.GrowthProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.EnterpriseId == enterpriseId, ct);
        var canEdit = actor.IsEnterpriseUser || actor.IsAny(Roles.Admin, Roles.ChainOffice, Roles.County);
        return new Detail(info.Id, info.Name, info.CountyCode, info.Scale, trailing, asOf, signal, TierChecks.All(facts, thresholds),
            GrowthProfileInput.From(profile), profile is not null, canEdit);
    }
}
