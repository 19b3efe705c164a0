using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChainChief.Web.Features.Cultivation;

/// <summary>Which scale list: the 升规 pool (below-scale firms near the threshold) or the 退库 watch (above-scale firms at risk).</summary>
public enum ScaleListKind
{
    Pool,
    ExitWatch,
}

/// <summary>
/// The 升规 pool or the 退库 watch of the actor's region (county officers: their county), closest to the line first,
/// from each firm's trailing twelve months of statistics.
/// </summary>
public sealed class ListScaleSignals(IDbContextFactory<AppDbContext> dbs, IOptions<CultivationOptions> options, TimeProvider clock)
{
    public sealed record Row(int EnterpriseId, string Name, string CountyCode, EnterpriseScale Scale, decimal Trailing, decimal ToThreshold,
        decimal? Growth, int? MonthsToCross, ScaleReason Reason, string ReasonLabel, string Note);

    /// <summary>The rows and the 截至 month (YYYYMM) of the trailing sums; null when no statistics exist.</summary>
    public sealed record Result(int? AsOf, decimal Threshold, IReadOnlyList<Row> Rows);

    public async Task<Result> HandleAsync(ScaleListKind kind, LadderFilter filter, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var o = options.Value.ScaleWatch;
        var (asOf, firms) = await ScaleFiguresLoader.LoadAsync(db, LadderScope.Firms(db, filter, actor), clock.Today(), ct);
        var rows = firms.Select(x => (x.Firm, Signal: kind == ScaleListKind.Pool ? ScaleWatch.ForPool(x.Figures, o) : ScaleWatch.ForWatch(x.Figures, o)))
            .Where(x => x.Signal is not null)
            .Select(x => new Row(x.Firm.Id, x.Firm.Name, x.Firm.CountyCode, x.Firm.Scale, x.Signal!.Trailing, x.Signal.ToThreshold, x.Signal.Growth,
                x.Signal.MonthsToCross, x.Signal.Reason, LadderLabels.Of(x.Signal.Reason), x.Signal.Note));
        rows = kind == ScaleListKind.Pool ? rows.OrderBy(r => r.ToThreshold) : rows.OrderByDescending(r => r.ToThreshold);
        return new Result(asOf, o.Threshold, [.. rows]);
    }
}
