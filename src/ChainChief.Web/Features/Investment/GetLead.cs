using ChainChief.Web.Data;
using ChainChief.Web.Features.Projects;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Investment;

/// <summary>
/// One lead with its history and what may be done next. The project it became is linked only for users who may see
/// that project's identity (a confidential project stays behind its code name).
/// </summary>
public sealed class GetLead(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Detail(ListLeads.Row Lead, string? Source, string? DropReason, string OwnerId, int? ProjectId, string? ProjectName,
        bool CanEdit, LeadStage? NextStage, bool CanConvert, IReadOnlyList<EventRow> History);

    public sealed record EventRow(DateTime At, string ActorName, LeadEventKind Kind, LeadStage? From, LeadStage? To, string? Note);

    public async Task<Detail?> HandleAsync(int id, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var row = await ListLeads.Rows(db, new ListLeads.Query(), actor, id).SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }
        var lead = await db.Leads.AsNoTracking().Where(l => l.Id == id).Select(l => new { l.Source, l.DropReason, l.OwnerId, l.ProjectId }).SingleAsync(ct);
        // Converted into a confidential project the user is not named on: only the stages and dates remain, no notes.
        var project = lead.ProjectId is { } pid
            ? await db.Projects.VisibleTo(actor).Where(p => p.Id == pid).Faces(actor.UserId).Select(f => new { f.Project.Id, f.Name, f.Open }).SingleOrDefaultAsync(ct)
            : null;
        var history = await db.LeadEvents.AsNoTracking().Where(e => e.LeadId == id).OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new EventRow(e.At, e.ActorName, e.Kind, e.FromStage, e.ToStage, e.Note)).ToListAsync(ct);
        if (row.Confidential)
        {
            history = [.. history.Select(e => e with { Note = e.Kind == LeadEventKind.Converted ? "转为保密项目" : null })];
        }
        var canEdit = InvestmentAccess.CanManage(actor) && actor.CanSeeRegion(row.RegionCode) && row.Stage is not (LeadStage.Converted or LeadStage.Dropped);
        return new Detail(row, row.Confidential ? null : lead.Source, row.Confidential ? null : lead.DropReason, lead.OwnerId, project is { Open: true } ? project.Id : null, project?.Name,
            canEdit, canEdit ? LeadWorkflow.Next(row.Stage) : null, canEdit && LeadWorkflow.CanConvert(row.Stage), history);
    }
}
