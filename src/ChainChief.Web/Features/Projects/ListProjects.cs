using ChainChief.Web.Data;
using ChainChief.Web.Features.Investment;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Projects;

/// <summary>
/// The project list with the filters the KPI panel drills into (chain, county, stage reached, signing dates, size).
/// A confidential project appears under its code name to anyone not named on it, and searching by name never
/// matches its hidden name.
/// </summary>
public sealed class ListProjects(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Query
    {
        /// <summary>Part of the (shown) name or investor.</summary>
        public string? Q { get; init; }
        public int? ChainId { get; init; }
        public int? NodeId { get; init; }
        /// <summary>A county, or any region prefix.</summary>
        public string? County { get; init; }
        public ProjectStage? Stage { get; init; }
        /// <summary>On the main path at or past this stage (开工 = started, whatever came after).</summary>
        public ProjectStage? Reached { get; init; }
        public ChainAction? Action { get; init; }
        public ServiceLevel? Level { get; init; }
        public DateOnly? SignedFrom { get; init; }
        public DateOnly? SignedTo { get; init; }
        /// <summary>Total investment at least this (万元): 10000 for ≥1亿, 100000 for ≥10亿.</summary>
        public decimal? MinInvestment { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    public sealed record Row(int Id, string Name, string? Investor, bool IsConfidential, bool Open, int ChainId, string ChainName, int? NodeId, string? NodeName,
        ChainAction Action, string CountyCode, decimal TotalInvestment, decimal FixedAssetInvestment, decimal FundsArrived, ProjectStage Stage,
        DateOnly? SignedOn, DateOnly? StartedOn, DateOnly? OperatingOn, DateOnly? FullProductionOn, ServiceLevel Level, int Version);

    public async Task<PagedList<Row>> HandleAsync(Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var settings = await db.InvestmentSettings.AsNoTracking().SingleAsync(ct);
        return await PagedList<Row>.CreateAsync(Rows(db, query, actor, settings), query.Page ?? 1, query.PageSize ?? 20, ct);
    }

    internal static IQueryable<Row> Rows(AppDbContext db, Query q, Actor actor, InvestmentSettings settings)
    {
        var projects = db.Projects.AsNoTracking().VisibleTo(actor);
        if (q.ChainId is { } chain)
        {
            projects = projects.Where(p => p.ChainId == chain);
        }
        if (q.NodeId is { } node)
        {
            projects = projects.Where(p => p.NodeId == node);
        }
        if (!string.IsNullOrWhiteSpace(q.County))
        {
            var county = q.County.Trim();
            projects = projects.Where(p => p.CountyCode.StartsWith(county));
        }
        if (q.Stage is { } stage)
        {
            projects = projects.Where(p => p.Stage == stage);
        }
        if (q.Reached is { } reached)
        {
            var stages = Enum.GetValues<ProjectStage>().Where(s => ProjectStages.Reached(s, reached)).ToList();
            projects = projects.Where(p => stages.Contains(p.Stage));
        }
        if (q.Action is { } action)
        {
            projects = projects.Where(p => p.Action == action);
        }
        var (taskForce, commissioner) = (settings.TaskForceFrom, settings.CommissionerFrom);
        projects = q.Level switch
        {
            ServiceLevel.TaskForce => projects.Where(p => p.TotalInvestment >= taskForce),
            ServiceLevel.Commissioner => projects.Where(p => p.TotalInvestment >= commissioner && p.TotalInvestment < taskForce),
            ServiceLevel.Attendant => projects.Where(p => p.TotalInvestment < commissioner),
            _ => projects,
        };
        if (q.SignedFrom is { } from)
        {
            projects = projects.Where(p => p.SignedOn >= from);
        }
        if (q.SignedTo is { } to)
        {
            projects = projects.Where(p => p.SignedOn <= to);
        }
        if (q.MinInvestment is { } min)
        {
            projects = projects.Where(p => p.TotalInvestment >= min);
        }
        var faces = projects.Faces(actor.UserId);
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var text = q.Q.Trim();
            faces = faces.Where(f => f.Name.Contains(text) || (f.Investor != null && f.Investor.Contains(text)));
        }
        return faces.OrderByDescending(f => f.Project.SignedOn).ThenByDescending(f => f.Project.Id)
            .Select(f => new Row(f.Project.Id, f.Name, f.Investor, f.Project.IsConfidential, f.Open, f.Project.ChainId,
                db.Chains.Where(c => c.Id == f.Project.ChainId).Select(c => c.Name).First(), f.Project.NodeId,
                db.ChainNodes.Where(n => n.Id == f.Project.NodeId).Select(n => n.Name).FirstOrDefault(),
                f.Project.Action, f.Project.CountyCode, f.Project.TotalInvestment, f.Project.FixedAssetInvestment,
                f.Project.Funding.Sum(x => x.Amount), f.Project.Stage, f.Project.SignedOn, f.Project.StartedOn, f.Project.OperatingOn, f.Project.FullProductionOn,
                f.Project.TotalInvestment >= taskForce ? ServiceLevel.TaskForce : f.Project.TotalInvestment >= commissioner ? ServiceLevel.Commissioner : ServiceLevel.Attendant,
                f.Project.Version));
    }
}
