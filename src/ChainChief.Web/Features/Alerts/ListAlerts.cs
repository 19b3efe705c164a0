using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Alerts;

/// <summary>The alert list with its filters and the counts by level behind them, within the actor's region.</summary>
public sealed class ListAlerts(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Query
    {
        /// <summary>YYYYMM.</summary>
        public int? Period { get; init; }
        public AlertLevel? Level { get; init; }
        public AlertKind? Kind { get; init; }
        public AlertState? State { get; init; }
        /// <summary>Only alerts not yet resolved (new or assigned).</summary>
        public bool? Open { get; init; }
        /// <summary>Division-code prefix: a county (610902) or a city (6109).</summary>
        public string? County { get; init; }
        public int? ChainId { get; init; }
        /// <summary>Part of the firm's name or credit code.</summary>
        public string? Q { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    public sealed record Row(int Id, int EnterpriseId, string FirmName, string CountyCode, int Period, AlertKind Kind, AlertLevel Level,
        AlertState State, string Message, string? AssigneeName, int? TicketId, DateTime UpdatedAt);

    /// <summary>A page of alerts; <see cref="Counts"/> counts every alert behind the filter (all levels) by level.</summary>
    public sealed record Result(PagedList<Row> Alerts, IReadOnlyDictionary<AlertLevel, int> Counts);

    public async Task<Result> HandleAsync(Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var page = await PagedList<Row>.CreateAsync(Rows(db, query, actor), query.Page ?? 1, query.PageSize ?? 20, ct);
        var counts = await Filtered(db, query with { Level = null }, actor).GroupBy(x => x.Alert.Level)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return new Result(page, Enum.GetValues<AlertLevel>().ToDictionary(l => l, l => counts.FirstOrDefault(c => c.Key == l)?.Count ?? 0));
    }

    /// <summary>The first <paramref name="max"/> alerts behind the filter and how many there are (the alert panel).</summary>
    public async Task<(IReadOnlyList<Row> Rows, int Total)> TopAsync(Query query, int max, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = Rows(db, query, actor);
        return (await rows.Take(max).ToListAsync(ct), await rows.CountAsync(ct));
    }

    /// <summary>The months that have alerts in the actor's region, latest first, for the period filter.</summary>
    public async Task<IReadOnlyList<int>> PeriodsAsync(Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await Filtered(db, new Query(), actor).Select(x => x.Alert.Period).Distinct().OrderByDescending(p => p).ToListAsync(ct);
    }

    /// <summary>Filtered rows, most severe first, then the latest month; the export and the alert panel use it too.</summary>
    public static IQueryable<Row> Rows(AppDbContext db, Query query, Actor actor) =>
        Filtered(db, query, actor)
            .OrderBy(x => x.Alert.Level == AlertLevel.Red ? 0 : x.Alert.Level == AlertLevel.Orange ? 1 : 2)
            .ThenByDescending(x => x.Alert.Period).ThenBy(x => x.Alert.Id)
            .Select(x => new Row(x.Alert.Id, x.Firm.Id, x.Firm.Name, x.Firm.CountyCode, x.Alert.Period, x.Alert.Kind, x.Alert.Level,
                x.Alert.State, x.Alert.Message, x.Alert.AssigneeName, x.Alert.TicketId, x.Alert.UpdatedAt));

    /// <summary>An alert with its firm; a member-init type so EF can keep composing the query over it.</summary>
    public sealed class Joined
    {
        public required Alert Alert { get; init; }
        public required Enterprise Firm { get; init; }
    }

    private static IQueryable<Joined> Filtered(AppDbContext db, Query q, Actor actor)
    {
        if (actor.IsEnterpriseUser)
        {
            throw new AccessDeniedException("企业用户不能查看预警");
        }
        var firms = db.Enterprises.AsNoTracking().VisibleTo(actor);
        if (!string.IsNullOrWhiteSpace(q.County))
        {
            var county = q.County.Trim();
            firms = firms.Where(e => e.CountyCode.StartsWith(county));
        }
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var text = q.Q.Trim();
            var upper = text.ToUpperInvariant();
            firms = firms.Where(e => e.Name.Contains(text) || e.CreditCode.Contains(upper));
        }
        if (q.ChainId is int chain)
        {
            firms = firms.Where(e => e.Chains.Any(c => c.ChainId == chain));
        }
        var alerts = db.Alerts.AsNoTracking();
        if (q.Period is int period)
        {
            alerts = alerts.Where(a => a.Period == period);
        }
        if (q.Level is { } level)
        {
            alerts = alerts.Where(a => a.Level == level);
        }
        if (q.Kind is { } kind)
        {
            alerts = alerts.Where(a => a.Kind == kind);
        }
        if (q.State is { } state)
        {
            alerts = alerts.Where(a => a.State == state);
        }
        if (q.Open == true)
        {
            alerts = alerts.Where(a => a.State != AlertState.Resolved);
        }
        return alerts.Join(firms, a => a.EnterpriseId, e => e.Id, (a, e) => new Joined { Alert = a, Firm = e });
    }
}
