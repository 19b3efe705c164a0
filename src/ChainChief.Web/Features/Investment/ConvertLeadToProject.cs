using ChainChief.Web.Data;
using ChainChief.Web.Features.Projects;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Investment;

/// <summary>
/// Turns a lead (研判 or later) into a project in one step: the project is registered from the form (prefilled from the
/// lead) and the lead is closed as converted, in one transaction, so neither exists without the other.
/// </summary>
public sealed class ConvertLeadToProject(IDbContextFactory<AppDbContext> dbs, CreateProject create, TimeProvider clock)
{
    /// <summary>The project form prefilled from the lead, for the user to complete.</summary>
    public async Task<ProjectInput?> DraftAsync(int id, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var lead = await db.Leads.AsNoTracking().VisibleTo(actor).SingleOrDefaultAsync(l => l.Id == id, ct);
        return lead is null ? null : new ProjectInput
        {
            Name = lead.Title, InvestorName = lead.FirmName, ChainId = lead.ChainId, NodeId = lead.NodeId,
            CountyCode = lead.RegionCode.Length == 6 ? lead.RegionCode : "", TotalInvestment = lead.EstimatedInvestment ?? 0,
            ResponsibleLeader = lead.ResponsibleLeader, Stage = ProjectStage.Negotiating,
        };
    }

    /// <summary>The new project's id; null when the lead is not there.</summary>
    public async Task<int?> HandleAsync(int id, ProjectInput input, int leadVersion, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var lead = await InvestmentAccess.OpenLeadForWriteAsync(db, id, leadVersion, actor, ct);
        if (lead is null)
        {
            return null;
        }
        if (!LeadWorkflow.CanConvert(lead.Stage))
        {
            throw new BusinessRuleException("lead.convert", $"线索在“{InvestmentLabels.Of(lead.Stage)}”阶段，研判之后才能转为项目");
        }
        var project = await create.BuildAsync(db, input, actor, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Projects.Add(project);
        await db.SaveChangesAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var from = lead.Stage;
        (lead.Stage, lead.ProjectId, lead.LastActivityAt, lead.Escalation) = (LeadStage.Converted, project.Id, now, LeadEscalation.None);
        if (project.IsConfidential)
        {
            lead.Confidential = true;
            await AuditRedaction.RedactAsync(db, nameof(Lead), lead.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Lead.IdentityFields, ct);
        }
        db.LeadEvents.Add(new LeadEvent
        {
            LeadId = lead.Id, At = now, ActorId = actor.UserId, ActorName = actor.UserName, Kind = LeadEventKind.Converted,
            FromStage = from, ToStage = LeadStage.Converted, Note = project.IsConfidential ? "转为保密项目" : $"转为项目：{project.Name}",
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return project.Id;
    }
}
