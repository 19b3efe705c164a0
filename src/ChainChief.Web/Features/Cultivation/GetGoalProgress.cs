using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Cultivation;

/// <summary>
/// The year's ladder goals of the actor's region with the actual count so far: 净增规上 = dated 规下→规上 changes in the
/// year minus 规上→规下 ones (a firm registered as above scale is not an 升规); 新增 titles = tags granted in the year.
/// Counted for each goal's region from one query per kind of event, not per goal.
/// </summary>
public sealed class GetGoalProgress(IDbContextFactory<AppDbContext> dbs, ReferenceData reference, TimeProvider clock)
{
    public sealed record Row(int Id, string RegionCode, string RegionName, int Year, LadderGoalKind Kind, string KindLabel, int Target, int Actual,
        decimal? Completion, string? Note, int Version);

    public async Task<IReadOnlyList<Row>> HandleAsync(int? year, Actor actor, CancellationToken ct)
    {
        var y = year ?? clock.Today().Year;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var goals = await db.LadderGoals.AsNoTracking().Where(g => g.Year == y && g.RegionCode.StartsWith(actor.RegionScope))
            .OrderBy(g => g.RegionCode).ThenBy(g => g.Kind).ToListAsync(ct);
        if (goals.Count == 0)
        {
            return [];
        }
        var (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
        var firms = db.Enterprises.Where(e => e.CountyCode.StartsWith(actor.RegionScope));
        var scale = await db.EnterpriseScaleChanges.AsNoTracking().Where(c => c.From != null && c.EffectiveOn >= from && c.EffectiveOn <= to)
            .Join(firms, c => c.EnterpriseId, e => e.Id, (c, e) => new { e.CountyCode, c.To }).ToListAsync(ct);
        var tags = await db.EnterpriseTags.AsNoTracking().Where(t => t.GrantedOn >= from && t.GrantedOn <= to)
            .Join(firms, t => t.EnterpriseId, e => e.Id, (t, e) => new { e.CountyCode, t.Kind, t.EnterpriseId }).Distinct().ToListAsync(ct);
        int Actual(LadderGoal g) => g.Kind switch
        {
            LadderGoalKind.NetNewAboveScale => scale.Count(s => s.CountyCode.StartsWith(g.RegionCode, StringComparison.Ordinal) && s.To == EnterpriseScale.AboveScale)
                - scale.Count(s => s.CountyCode.StartsWith(g.RegionCode, StringComparison.Ordinal) && s.To == EnterpriseScale.BelowScale),
            _ => tags.Count(t => t.CountyCode.StartsWith(g.RegionCode, StringComparison.Ordinal) && t.Kind == TagOf(g.Kind)),
        };
        return [.. goals.Select(g =>
        {
            var actual = Actual(g);
            return new Row(g.Id, g.RegionCode, reference.RegionName(g.RegionCode), g.Year, g.Kind, LadderLabels.Of(g.Kind), g.Target, actual,
                g.Target > 0 ? Math.Round((decimal)actual / g.Target * 100, 1) : null, g.Note, g.Version);
        })];
    }

    private static EnterpriseTagKind TagOf(LadderGoalKind kind) => kind switch
    {
        LadderGoalKind.NewInnovativeSme => EnterpriseTagKind.InnovativeSme,
        LadderGoalKind.NewSpecialized => EnterpriseTagKind.Specialized,
        LadderGoalKind.NewLittleGiant => EnterpriseTagKind.LittleGiant,
        LadderGoalKind.NewHighTech => EnterpriseTagKind.HighTech,
        LadderGoalKind.NetNewAboveScale => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
