using System.ComponentModel.DataAnnotations;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Calendar;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Appeals;

public sealed class AppealStep
{
    /// <summary>The version read; a stale one is a 409 and nothing changes.</summary>
    public int Version { get; set; }
    [StringLength(4000, ErrorMessage = "说明不超过4000个字")]
    public string? Note { get; set; }
    /// <summary>交办 / 转办: the department.</summary>
    public int? DepartmentId { get; set; }
    /// <summary>交办 / 转办: the class, which sets the deadline (kept when empty).</summary>
    public AppealClass? Class { get; set; }
    /// <summary>交办 / 转办: working days instead of the class's; 申请延期: the extra working days.</summary>
    public int? WorkingDays { get; set; }
    /// <summary>Files for this step's history row (at most 5, 10 MB each).</summary>
    public List<AttachmentUpload> Attachments { get; set; } = [];
}

/// <summary>
/// Takes one workflow step on an appeal: the actor's party must be the one the step belongs to and the state must allow it
/// (409 with the reason otherwise); deadlines are counted in working days on the holiday calendar; the step is written
/// to the history in the same save.
/// </summary>
public sealed class ActOnAppeal(IDbContextFactory<AppDbContext> dbs, CalendarProvider calendars, AppealNotices notices, TimeProvider clock)
{
    public async Task<AppealState> HandleAsync(int id, AppealAction action, AppealStep step, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var appeal = await db.Appeals.VisibleTo(actor).SingleOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new BusinessRuleException("appeal.missing", "诉求不存在或不在您的范围内");
        db.Entry(appeal).Property(a => a.Version).OriginalValue = step.Version;
        var parties = AppealAccess.PartiesOf(appeal, actor);
        var needed = AppealWorkflow.PartyOf(action);
        if (parties.Count == 0)
        {
            throw new AccessDeniedException($"只有{AppealWorkflow.Label(needed)}可以{AppealWorkflow.Label(action)}");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var decision = AppealWorkflow.Decide(appeal.Status, action, parties.Contains(needed) ? needed : parties[0], now);
        if (!decision.Allowed)
        {
            throw new BusinessRuleException("appeal.transition", decision.Refusal!);
        }
        var from = appeal.State;
        var calendar = await calendars.GetAsync(ct);
        var sla = await db.AppealSettings.AsNoTracking().SingleAsync(ct);
        DateTime Due(int workingDays) => calendar.Deadline(clock.ChinaNow(), workingDays).FromChinaTime();
        var note = step.Note.TrimToNull();
        string? Require(string field, string message) => note ?? throw new InputException(field, message);
        var @event = new AppealEvent
        {
            Action = action, From = from, To = decision.To!.Value, At = now, ActorId = actor.UserId, ActorName = actor.UserName, Note = note,
            Attachments = AppealAttachments.From(step.Attachments),
        };
        switch (action)
        {
            case AppealAction.SignIn:
                appeal.SignedInAt = now;
                break;
            case AppealAction.Assign or AppealAction.Transfer:
                if (step.DepartmentId is not { } dept || !await db.Departments.AnyAsync(d => d.Id == dept, ct))
                {
                    throw new InputException(nameof(step.DepartmentId), "请选择承办部门");
                }
                if (action == AppealAction.Transfer && dept == appeal.DepartmentId)
                {
                    throw new InputException(nameof(step.DepartmentId), "转办须选择另一个部门");
                }
                appeal.Class = step.Class ?? appeal.Class;
                var days = step.WorkingDays ?? sla.WorkingDays(appeal.Class);
                if (days is < 1 or > 120)
                {
                    throw new InputException(nameof(step.WorkingDays), "办理时限应为1到120个工作日");
                }
                (appeal.DepartmentId, appeal.AssignedAt, appeal.Deadline) = (dept, now, Due(days));
                (appeal.ExtensionDays, appeal.ExtensionReason) = (null, null);
                (@event.DepartmentId, @event.Deadline) = (dept, appeal.Deadline);
                break;
            case AppealAction.Return:
                Require(nameof(step.Note), "请说明退回的理由");
                (appeal.DepartmentId, appeal.Deadline, appeal.ExtensionDays, appeal.ExtensionReason) = (null, null, null, null);
                break;
            case AppealAction.Reply:
                appeal.Reply = Require(nameof(step.Note), "请填写答复内容");
                (appeal.RepliedAt, appeal.ExtensionDays, appeal.ExtensionReason) = (now, null, null);
                break;
            case AppealAction.RateUnsatisfied:
                Require(nameof(step.Note), "请说明不满意的原因，以便重新办理");
                appeal.Reopened++;
                (appeal.AssignedAt, appeal.Deadline) = (now, Due(sla.WorkingDays(appeal.Class)));
                (@event.DepartmentId, @event.Deadline) = (appeal.DepartmentId, appeal.Deadline);
                break;
            case AppealAction.RequestExtension:
                if (step.WorkingDays is not (>= 1 and <= 60))
                {
                    throw new InputException(nameof(step.WorkingDays), "延期天数应为1到60个工作日");
                }
                (appeal.ExtensionDays, appeal.ExtensionReason) = (step.WorkingDays, Require(nameof(step.Note), "请说明延期理由"));
                @event.Note = $"申请延期{step.WorkingDays}个工作日：{note}";
                break;
            case AppealAction.ApproveExtension:
                appeal.Deadline = calendar.AddWorkingDays(DateOnly.FromDateTime(appeal.Deadline!.Value.ToChinaTime()), appeal.ExtensionDays!.Value)
                    .ToDateTime(calendar.CloseOfBusiness).FromChinaTime();
                (appeal.ExtensionDays, appeal.ExtensionReason, @event.Deadline) = (null, null, appeal.Deadline);
                break;
            case AppealAction.RefuseExtension:
                (appeal.ExtensionDays, appeal.ExtensionReason) = (null, null);
                break;
            case AppealAction.RequestWithdrawal:
                Require(nameof(step.Note), "请说明撤单原因");
                appeal.BeforeWithdrawal = from;
                break;
            case AppealAction.RefuseWithdrawal:
                appeal.BeforeWithdrawal = null;
                break;
            case AppealAction.RateSatisfied or AppealAction.Close or AppealAction.ApproveWithdrawal:
                appeal.ClosedAt = now;
                break;
        }
        appeal.State = decision.To!.Value;
        appeal.Events.Add(@event);
        await notices.StepAsync(db, appeal, action, actor.UserId, ct);
        await db.SaveChangesAsync(ct);
        return appeal.State;
    }
}
