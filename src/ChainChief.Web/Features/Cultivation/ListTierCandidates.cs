using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChainChief.Web.Features.Cultivation;

/// <summary>
/// Firms of the actor's region that meet a tier or are close to it (at most <see cref="Query.MaxUnmet"/> conditions
/// unmet, default from options), not yet holding the title: qualified first, then by fewest gaps.
/// </summary>
public sealed class ListTierCandidates(IDbContextFactory<AppDbContext> dbs, IOptions<CultivationOptions> options, TierThresholds thresholds, TimeProvider clock)
{
    public sealed record Query
    {
        public Tier Tier { get; init; } = Tier.Specialized;
        public string? County { get; init; }
        public int? ChainId { get; init; }
        public int? MaxUnmet { get; init; }
    }

    public sealed record Row(int EnterpriseId, string Name, string CountyCode, TierVerdict Verdict, int Unmet, string Gaps);

    public async Task<IReadOnlyList<Row>> HandleAsync(Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var firms = LadderScope.Firms(db, new LadderFilter { County = query.County, ChainId = query.ChainId }, actor);
        var maxUnmet = query.MaxUnmet ?? options.Value.CloseWithin;
        var facts = await LadderFactsLoader.LoadAsync(db, firms, clock.Today(), ct);
        return [.. facts.Select(x => (x.Firm, Check: TierChecks.Check(query.Tier, x.Facts, thresholds)))
            .Where(x => x.Check.Verdict != TierVerdict.Held && x.Check.Unmet <= maxUnmet)
            .OrderBy(x => x.Check.Unmet).ThenBy(x => x.Firm.Name)
            .Select(x => new Row(x.Firm.Id, x.Firm.Name, x.Firm.CountyCode, x.Check.Verdict, x.Check.Unmet, x.Check.Summary))];
    }
}
