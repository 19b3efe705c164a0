using ChainChief.Web.Data;
using ChainChief.Web.Features.Notifications;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Investment;

/// <summary>
/// One pass of the stalled-lead escalation: an open lead without activity for the configured days goes to the chain's
/// task force (its executive department and the region's 链长办, plus the officer working it), and after more quiet days
/// to the chain chief (the region's 链长). Each level fires once per quiet spell: the level is on the lead, and any
/// activity clears it. Runs in the same scheduler as the appeal escalation.
/// </summary>
public sealed class EscalateStalledLeads(IDbContextFactory<AppDbContext> dbs, Notifier notifier) : IScheduledPass
{
    public async Task<int> RunPassAsync(DateTime utcNow, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(Actor.System);
        var settings = await db.InvestmentSettings.AsNoTracking().SingleAsync(ct);
        var taskForceBefore = utcNow.AddDays(-settings.LeadTaskForceDays);
        var chiefBefore = utcNow.AddDays(-settings.LeadChiefDays);
        var due = await db.Leads
            .Where(l => l.Stage != LeadStage.Converted && l.Stage != LeadStage.Dropped
                && ((l.Escalation == LeadEscalation.None && l.LastActivityAt <= taskForceBefore)
                    || (l.Escalation != LeadEscalation.Chief && l.LastActivityAt <= chiefBefore)))
            .ToListAsync(ct);
        // Many quiet leads share a chain and region: each audience is looked up once per pass.
        var audiences = new Dictionary<(LeadEscalation, int, string), List<string>>();
        foreach (var lead in due)
        {
            var days = (int)(utcNow - lead.LastActivityAt).TotalDays;
            // Both levels when a lead is first seen past both thresholds (after downtime): the task force is never skipped.
            var levels = new[] { LeadEscalation.TaskForce, LeadEscalation.Chief }
                .Where(l => l > lead.Escalation && (l == LeadEscalation.TaskForce || lead.LastActivityAt <= chiefBefore)).ToList();
            foreach (var level in levels)
            {
                db.LeadEvents.Add(new LeadEvent
                {
                    LeadId = lead.Id, At = utcNow, ActorId = Actor.System.UserId, ActorName = "系统", Kind = LeadEventKind.Escalated,
                    FromStage = lead.Stage, ToStage = lead.Stage, Note = $"{days}天无跟进，{InvestmentLabels.Of(level)}",
                });
                var key = (level, level == LeadEscalation.Chief ? 0 : lead.ChainId, lead.RegionCode);
                if (!audiences.TryGetValue(key, out var recipients))
                {
                    audiences[key] = recipients = [.. level == LeadEscalation.Chief
                        ? await notifier.InRegionAsync(db, new HashSet<string> { Roles.ChainChief }, lead.RegionCode, ct)
                        : await TaskForceAsync(db, lead, ct)];
                }
                var topic = level == LeadEscalation.Chief ? NotificationTopic.LeadEscalatedToChief : NotificationTopic.LeadStalled;
                notifier.AddTo(db, topic, recipients.Append(lead.OwnerId), $"【招商线索{days}天无跟进】{lead.Title}",
                    $"{lead.FirmName}：当前“{InvestmentLabels.Of(lead.Stage)}”，负责人{lead.OwnerName}，责任领导{lead.ResponsibleLeader}。{InvestmentLabels.Of(level)}，请督促跟进。",
                    $"/investment/leads/{lead.Id}");
            }
            lead.Escalation = levels[^1];
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return 0; // someone worked a lead meanwhile: the next pass looks again
        }
        return due.Count;
    }

    /// <summary>The chain's task force as users: its executive department's accounts and the region's 链长办 officers.</summary>
    private async Task<IEnumerable<string>> TaskForceAsync(AppDbContext db, Lead lead, CancellationToken ct)
    {
        var department = await db.Chains.Where(c => c.Id == lead.ChainId).Select(c => c.ExecutiveDepartmentId).SingleAsync(ct);
        var departmentUsers = department is { } d ? await db.Users.Where(u => u.DepartmentId == d && u.EnterpriseId == null).Select(u => u.Id).ToListAsync(ct) : [];
        return departmentUsers.Concat(await notifier.InRegionAsync(db, new HashSet<string> { Roles.ChainOffice }, lead.RegionCode, ct));
    }
}
