using ChainChief.Web.Data;
using ChainChief.Web.Features.Chains;
using ChainChief.Web.Features.Projects;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Investment;

/// <summary>
/// 以链招商 for one node of a chain map: the target firms that would fill it and the projects and leads already under
/// way there. A target matches when it is tagged with the node (指定环节), or when its industry code falls under one
/// of the node's codes, or names the group (3 digits) or class the node's code sits in (行业匹配).
/// </summary>
public sealed class GetNodeInvestment(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Match(int TargetFirmId, string Name, string HqRegionCode, string IndustryCode, TargetTier Tier, TargetPriority Priority,
        bool Tagged, int? OpenLeadId);

    public sealed record ProjectRow(int Id, string Name, ProjectStage Stage, decimal TotalInvestment, string CountyCode);

    public sealed record LeadRow(int Id, string Title, string FirmName, LeadStage Stage);

    public sealed record Result(IReadOnlyList<Match> Targets, IReadOnlyList<ProjectRow> Projects, IReadOnlyList<LeadRow> Leads);

    public async Task<Result?> HandleAsync(int chainId, int nodeId, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var codes = await db.ChainNodes.Where(n => n.Id == nodeId && n.ChainId == chainId && db.Chains.VisibleTo(actor).Any(c => c.Id == chainId))
            .Select(n => n.IndustryCodes).SingleOrDefaultAsync(ct);
        if (codes is null || actor.IsEnterpriseUser)
        {
            return null;
        }
        return new Result(await TargetsAsync(db, nodeId, Codes(codes), actor, ct),
            await db.Projects.AsNoTracking().VisibleTo(actor).Where(p => p.NodeId == nodeId && p.Stage != ProjectStage.Terminated).Faces(actor.UserId)
                .OrderByDescending(f => f.Project.TotalInvestment).Select(f => new ProjectRow(f.Project.Id, f.Name, f.Project.Stage, f.Project.TotalInvestment, f.Project.CountyCode))
                .ToListAsync(ct),
            await db.Leads.AsNoTracking().VisibleTo(actor).Where(l => l.NodeId == nodeId && l.Stage != LeadStage.Converted && l.Stage != LeadStage.Dropped)
                .OrderBy(l => l.Id).Select(l => new LeadRow(l.Id, l.Title, l.FirmName, l.Stage)).ToListAsync(ct));
    }

    /// <summary>The node's codes with the group and class prefixes a broader target code may name (3 digits and longer).</summary>
    public static IReadOnlyList<string> Codes(string nodeCodes) =>
        nodeCodes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal static async Task<IReadOnlyList<Match>> TargetsAsync(AppDbContext db, int nodeId, IReadOnlyList<string> codes, Actor actor, CancellationToken ct)
    {
        // A target's code under a node code (node 383 ⊇ target 3831), or a node code under a target's group or class (target 383 ⊇ node 3831).
        var broader = codes.SelectMany(c => Enumerable.Range(3, Math.Max(0, c.Length - 2)).Select(n => c[..n])).Distinct().ToList();
        var targets = db.TargetFirms.AsNoTracking().VisibleTo(actor);
        var byIndustry = codes.Select(c => targets.Where(t => t.IndustryCode.StartsWith(c))).Append(targets.Where(t => broader.Contains(t.IndustryCode)))
            .Aggregate(Queryable.Union).Select(t => t.Id);
        var rows = await targets.Where(t => t.Nodes.Any(n => n.NodeId == nodeId) || byIndustry.Contains(t.Id))
            .Select(t => new
            {
                t.Id, t.Name, t.HqRegionCode, t.IndustryCode, t.Tier, t.Priority, Tagged = t.Nodes.Any(n => n.NodeId == nodeId),
                Lead = db.Leads.Where(l => l.TargetFirmId == t.Id && l.Stage != LeadStage.Converted && l.Stage != LeadStage.Dropped).OrderBy(l => l.Id).Select(l => (int?)l.Id).FirstOrDefault(),
            }).ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.Tagged).ThenBy(r => r.Priority).ThenBy(r => r.Tier).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Take(50).Select(r => new Match(r.Id, r.Name, r.HqRegionCode, r.IndustryCode, r.Tier, r.Priority, r.Tagged, r.Lead))];
    }
}
