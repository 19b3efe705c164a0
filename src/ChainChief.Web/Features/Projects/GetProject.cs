using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Projects;

/// <summary>
/// One project with its stage history, monthly 到位资金 and the stages it may go to next. For anyone not named on a
/// confidential project the identity fields are empty and stage notes are withheld (they often name the investor).
/// </summary>
public sealed class GetProject(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Detail(int Id, string Name, string? Investor, int? EnterpriseId, string? EnterpriseName, bool IsConfidential, bool Open,
        string? CodeName, int ChainId, string ChainName, int? NodeId, string? NodeName, ChainAction Action, string CountyCode, string? HostPark,
        string? LandParcel, decimal? LandAreaMu, decimal TotalInvestment, decimal FixedAssetInvestment, ProjectStage Stage,
        DateOnly? SignedOn, DateOnly? StartedOn, DateOnly? OperatingOn, DateOnly? FullProductionOn, DateOnly? TerminatedOn, DateOnly? RevitalizedOn,
        string? ResponsibleLeader, string? Notes, ServiceLevel Level, int? LeadId, bool CanEdit, bool CanAdvance,
        IReadOnlyList<ProjectStage> NextStages, IReadOnlyList<StageRow> History, IReadOnlyList<FundingRow> Funding, decimal FundsArrived, int Version);

    public sealed record StageRow(ProjectStage? From, ProjectStage To, DateOnly EffectiveOn, DateTime At, string ActorName, string? Note);

    public sealed record FundingRow(int Period, decimal Amount);

    public async Task<Detail?> HandleAsync(int id, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var face = await db.Projects.AsNoTracking().VisibleTo(actor).Where(p => p.Id == id).Faces(actor.UserId).SingleOrDefaultAsync(ct);
        if (face is null)
        {
            return null;
        }
        var p = face.Project;
        var settings = await db.InvestmentSettings.AsNoTracking().SingleAsync(ct);
        var history = await db.ProjectStageChanges.AsNoTracking().Where(c => c.ProjectId == id).OrderBy(c => c.At).ThenBy(c => c.Id)
            .Select(c => new StageRow(c.FromStage, c.ToStage, c.EffectiveOn, c.At, c.ActorName, face.Open ? c.Note : null)).ToListAsync(ct);
        var funding = await db.ProjectFunding.AsNoTracking().Where(f => f.ProjectId == id).OrderBy(f => f.Period).Select(f => new FundingRow(f.Period, f.Amount)).ToListAsync(ct);
        var chain = await db.Chains.Where(c => c.Id == p.ChainId).Select(c => c.Name).SingleAsync(ct);
        var node = p.NodeId is { } n ? await db.ChainNodes.Where(x => x.Id == n).Select(x => x.Name).SingleOrDefaultAsync(ct) : null;
        var firm = face.EnterpriseId is { } e ? await db.Enterprises.Where(x => x.Id == e).Select(x => x.Name).SingleOrDefaultAsync(ct) : null;
        var lead = face.Open ? await db.Leads.Where(l => l.ProjectId == id).Select(l => (int?)l.Id).FirstOrDefaultAsync(ct) : null;
        var canWrite = ProjectAccess.CanWrite(actor, p.CountyCode);
        return new Detail(p.Id, face.Name, face.Investor, face.EnterpriseId, firm, p.IsConfidential, face.Open, p.CodeName, p.ChainId, chain, p.NodeId, node,
            p.Action, p.CountyCode, p.HostPark, p.LandParcel, p.LandAreaMu, p.TotalInvestment, p.FixedAssetInvestment, p.Stage,
            p.SignedOn, p.StartedOn, p.OperatingOn, p.FullProductionOn, p.TerminatedOn, p.RevitalizedOn, p.ResponsibleLeader, face.Notes,
            ServiceLevels.Of(p.TotalInvestment, settings), lead, canWrite && face.Open, canWrite,
            canWrite ? ProjectStages.Next(p.Stage, p.StageBeforeTermination) : [], history, funding, funding.Sum(f => f.Amount), p.Version);
    }
}
