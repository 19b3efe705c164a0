using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Investment;

/// <summary>
/// Works a lead: move it to its next stage, add a follow-up note (with the next step), or drop it with a reason. Each
/// is a history line, counts as activity and clears an escalation. A stale version is a 409.
/// </summary>
public sealed class ActOnLead(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    public enum Action
    {
        Advance,
        Note,
        Drop,
    }

    public sealed record Request(Action Action, string? Note, string? NextStep, DateOnly? NextStepOn, int Version);

    public async Task<bool> HandleAsync(int id, Request request, Actor actor, CancellationToken ct)
    {
        if (request.Note is { Length: > 2000 })
        {
            throw new InputException(nameof(request.Note), "说明不超过2000个字");
        }
        if (request.NextStep is { Length: > 500 })
        {
            throw new InputException(nameof(request.NextStep), "下一步工作不超过500个字");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var lead = await InvestmentAccess.OpenLeadForWriteAsync(db, id, request.Version, actor, ct);
        if (lead is null)
        {
            return false;
        }
        var note = request.Note.TrimToNull();
        var from = lead.Stage;
        switch (request.Action)
        {
            case Action.Advance:
                lead.Stage = LeadWorkflow.Next(lead.Stage)
                    ?? throw new BusinessRuleException("lead.stage", "线索已在跟进阶段，下一步是转为项目或放弃");
                break;
            case Action.Note when note is null:
                throw new InputException(nameof(request.Note), "请填写跟进情况");
            case Action.Drop when note is null:
                throw new InputException(nameof(request.Note), "放弃线索须说明原因");
            case Action.Drop:
                (lead.Stage, lead.DropReason) = (LeadStage.Dropped, note);
                break;
        }
        if (request.NextStep is not null || request.NextStepOn is not null)
        {
            lead.NextStep = request.NextStep.TrimToNull();
            lead.NextStepOn = request.NextStepOn;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        (lead.LastActivityAt, lead.Escalation) = (now, LeadEscalation.None);
        db.LeadEvents.Add(new LeadEvent
        {
            LeadId = lead.Id, At = now, ActorId = actor.UserId, ActorName = actor.UserName, Note = note,
            Kind = request.Action switch { Action.Advance => LeadEventKind.Advanced, Action.Drop => LeadEventKind.Dropped, _ => LeadEventKind.Note },
            FromStage = from, ToStage = lead.Stage,
        });
        await db.SaveChangesAsync(ct);
        return true;
    }
}
