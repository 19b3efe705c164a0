using ChainChief.Web.Data;
using ChainChief.Web.Features.Chains;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Service;

/// <summary>The firm tier that sets its visit cadence.</summary>
public enum VisitTier
{
    ChainOwner, AboveScale, Other,
}

/// <summary>
/// When each 包联 firm is next due a visit: its cadence by tier (链主, 规上, other; days set in the appeal settings) from its
/// last visit, or from its first assignment when it has never been visited. Overdue ones first.
/// </summary>
public sealed class VisitsDue(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    public sealed record Query
    {
        public bool? Overdue { get; init; }
        /// <summary>Only the firms assigned to the signed-in official.</summary>
        public bool? Mine { get; init; }
    }

    public sealed record Row(int EnterpriseId, string FirmName, string CountyCode, VisitTier Tier, int CadenceDays, string Liaisons,
        DateOnly? LastVisit, DateOnly DueOn, int DaysOverdue);

    public async Task<IReadOnlyList<Row>> HandleAsync(Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var settings = await db.AppealSettings.AsNoTracking().SingleAsync(ct);
        var assignments = db.LiaisonAssignments.AsNoTracking();
        if (query.Mine == true || !ServiceAccess.IsRegional(actor))
        {
            assignments = assignments.Where(l => l.UserId == actor.UserId);
        }
        var firms = await (from l in assignments
                           join e in db.Enterprises.VisibleTo(actor) on l.EnterpriseId equals e.Id
                           select new { e.Id, e.Name, e.CountyCode, e.Scale, l.UserName, l.AssignedAt }).ToListAsync(ct);
        var ids = firms.Select(f => f.Id).Distinct().ToList();
        var lastVisits = await db.Visits.Where(v => ids.Contains(v.EnterpriseId)).GroupBy(v => v.EnterpriseId)
            .Select(g => new { g.Key, Last = g.Max(v => v.VisitedOn) }).ToDictionaryAsync(x => x.Key, x => x.Last, ct);
        var owners = (await db.ChainParties.Where(p => p.Kind == ChainPartyKind.ChainOwner && p.EnterpriseId != null && ids.Contains(p.EnterpriseId!.Value))
            .Select(p => p.EnterpriseId!.Value).ToListAsync(ct)).ToHashSet();
        var today = clock.Today();
        var rows = firms.GroupBy(f => f.Id).Select(g =>
        {
            var f = g.First();
            var tier = owners.Contains(f.Id) ? VisitTier.ChainOwner : f.Scale == EnterpriseScale.AboveScale ? VisitTier.AboveScale : VisitTier.Other;
            var cadence = tier switch { VisitTier.ChainOwner => settings.VisitDaysChainOwner, VisitTier.AboveScale => settings.VisitDaysAboveScale, _ => settings.VisitDaysOther };
            DateOnly? last = lastVisits.TryGetValue(f.Id, out var l) ? l : null;
            var since = last ?? DateOnly.FromDateTime(g.Min(x => x.AssignedAt).ToChinaTime());
            var due = since.AddDays(cadence);
            return new Row(f.Id, f.Name, f.CountyCode, tier, cadence, string.Join("、", g.Select(x => x.UserName).Order()), last, due,
                Math.Max(0, today.DayNumber - due.DayNumber));
        });
        if (query.Overdue == true)
        {
            rows = rows.Where(r => r.DaysOverdue > 0);
        }
        return [.. rows.OrderByDescending(r => r.DaysOverdue).ThenBy(r => r.DueOn).ThenBy(r => r.EnterpriseId)];
    }
}
