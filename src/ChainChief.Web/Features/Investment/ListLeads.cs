using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Investment;

/// <summary>Leads with filters; quietest first among open ones (they are the ones about to be escalated).</summary>
public sealed class ListLeads(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Query
    {
        public string? Q { get; init; }
        public int? ChainId { get; init; }
        public int? NodeId { get; init; }
        public int? TargetFirmId { get; init; }
        public LeadStage? Stage { get; init; }
        /// <summary>true = only open leads (not converted or dropped).</summary>
        public bool? Open { get; init; }
        /// <summary>true = only leads escalated for want of activity.</summary>
        public bool? Escalated { get; init; }
        /// <summary>true = only the user's own.</summary>
        public bool? Mine { get; init; }
        public string? Region { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    public sealed record Row(int Id, string Title, string FirmName, int? TargetFirmId, int ChainId, string ChainName, string? NodeName, string RegionCode,
        LeadStage Stage, string ResponsibleLeader, string OwnerName, decimal? EstimatedInvestment, string? NextStep, DateOnly? NextStepOn,
        DateTime LastActivityAt, LeadEscalation Escalation, int Version, bool Confidential);

    public async Task<PagedList<Row>> HandleAsync(Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await PagedList<Row>.CreateAsync(Rows(db, query, actor), query.Page ?? 1, query.PageSize ?? 20, ct);
    }

    internal static IQueryable<Row> Rows(AppDbContext db, Query q, Actor actor, int? id = null)
    {
        var me = actor.UserId;
        // A lead that became a confidential project is behind the project's code name for anyone not named on it.
        var hidden = db.Projects.Where(p => p.IsConfidential && !p.Viewers.Any(v => v.UserId == me)).Select(p => (int?)p.Id);
        var leads = db.Leads.AsNoTracking().VisibleTo(actor);
        if (id is { } one)
        {
            leads = leads.Where(l => l.Id == one);
        }
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var text = q.Q.Trim();
            leads = leads.Where(l => (l.Title.Contains(text) || l.FirmName.Contains(text)) && !hidden.Contains(l.ProjectId));
        }
        if (q.ChainId is { } chain)
        {
            leads = leads.Where(l => l.ChainId == chain);
        }
        if (q.NodeId is { } node)
        {
            leads = leads.Where(l => l.NodeId == node);
        }
        if (q.TargetFirmId is { } target)
        {
            leads = leads.Where(l => l.TargetFirmId == target && !hidden.Contains(l.ProjectId));
        }
        if (q.Stage is { } stage)
        {
            leads = leads.Where(l => l.Stage == stage);
        }
        if (q.Open == true)
        {
            leads = leads.Where(l => l.Stage != LeadStage.Converted && l.Stage != LeadStage.Dropped);
        }
        if (q.Escalated == true)
        {
            leads = leads.Where(l => l.Escalation != LeadEscalation.None);
        }
        if (q.Mine == true)
        {
            leads = leads.Where(l => l.OwnerId == me);
        }
        if (!string.IsNullOrWhiteSpace(q.Region))
        {
            var region = q.Region.Trim();
            leads = leads.Where(l => l.RegionCode.StartsWith(region));
        }
        return leads.OrderBy(l => l.Stage == LeadStage.Converted || l.Stage == LeadStage.Dropped ? 1 : 0).ThenBy(l => l.LastActivityAt).ThenBy(l => l.Id)
            .Select(l => new { l, Hidden = hidden.Contains(l.ProjectId) })
            .Select(x => new Row(x.l.Id, x.Hidden ? db.Projects.Where(p => p.Id == x.l.ProjectId).Select(p => p.CodeName).First()! : x.l.Title,
                x.Hidden ? "（保密）" : x.l.FirmName, x.Hidden ? null : x.l.TargetFirmId, x.l.ChainId, db.Chains.Where(c => c.Id == x.l.ChainId).Select(c => c.Name).First(),
                db.ChainNodes.Where(n => n.Id == x.l.NodeId).Select(n => n.Name).FirstOrDefault(), x.l.RegionCode, x.l.Stage, x.l.ResponsibleLeader, x.l.OwnerName,
                x.l.EstimatedInvestment, x.Hidden ? null : x.l.NextStep, x.l.NextStepOn, x.l.LastActivityAt, x.l.Escalation, x.l.Version, x.Hidden));
    }
}
