using System.ComponentModel.DataAnnotations;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Calendar;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Appeals;

public sealed class AppealInput
{
    /// <summary>The firm; an enterprise user files for its own firm and may leave it out.</summary>
    public int? EnterpriseId { get; set; }
    public AppealCategory Category { get; set; } = AppealCategory.Other;
    [Required(ErrorMessage = "请填写诉求标题"), StringLength(200, ErrorMessage = "标题不超过200个字")]
    public string Title { get; set; } = "";
    [Required(ErrorMessage = "请描述遇到的问题"), StringLength(4000, ErrorMessage = "描述不超过4000个字")]
    public string Description { get; set; } = "";
    /// <summary>Photos, documents (at most 5, 10 MB each).</summary>
    public List<AttachmentUpload> Attachments { get; set; } = [];
}

/// <summary>
/// A firm files an appeal from its portal, or an official files one for a firm in the region (during a visit). It is due
/// to be signed for by close of business of the working day it arrives (不过夜); the class is 一般 until the 链长办 sets it.
/// </summary>
public sealed class FileAppeal(IDbContextFactory<AppDbContext> dbs, CalendarProvider calendars, AppealNotices notices, TimeProvider clock)
{
    public async Task<int> HandleAsync(AppealInput input, Actor actor, CancellationToken ct)
    {
        var firmId = actor.IsEnterpriseUser ? actor.EnterpriseId : input.EnterpriseId;
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var firm = firmId is { } id ? await db.Enterprises.Where(e => e.Id == id).Select(e => new { e.Id, e.CountyCode }).SingleOrDefaultAsync(ct) : null;
        if (firm is null)
        {
            throw new InputException(nameof(input.EnterpriseId), "请选择提出诉求的企业");
        }
        if (!AppealAccess.CanFileFor(actor, firm.Id, firm.CountyCode))
        {
            throw new AccessDeniedException("只能为本企业或本辖区的企业提交诉求");
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var appeal = await FileAsync(db, firm.Id, firm.CountyCode, input, actor, actor.IsEnterpriseUser ? null : "走访中代企业提交", ct);
        await tx.CommitAsync(ct);
        return appeal.Id;
    }

    /// <summary>
    /// Files inside the caller's unit of work and transaction, access already checked (a visit's problem becomes an appeal
    /// in the same transaction as the visit). Saves: the notifications link to the appeal, so they follow its insert.
    /// </summary>
    public async Task<Appeal> FileAsync(AppDbContext db, int firmId, string countyCode, AppealInput input, Actor actor, string? note, CancellationToken ct)
    {
        var attachments = AppealAttachments.From(input.Attachments);
        var now = clock.GetUtcNow().UtcDateTime;
        var calendar = await calendars.GetAsync(ct);
        var appeal = new Appeal
        {
            EnterpriseId = firmId, CountyCode = countyCode, Category = input.Category, Class = AppealClass.General,
            Channel = actor.IsEnterpriseUser ? AppealChannel.Portal : AppealChannel.Visit, Title = input.Title.Trim(),
            Description = input.Description.Trim(), State = AppealState.Submitted, SubmittedAt = now, SignInDue = calendar.Deadline(clock.ChinaNow(), 0).FromChinaTime(),
        };
        appeal.Events.Add(new AppealEvent { To = AppealState.Submitted, At = now, ActorId = actor.UserId, ActorName = actor.UserName, Note = note, Attachments = attachments });
        db.Appeals.Add(appeal);
        await db.SaveChangesAsync(ct);
        await notices.StepAsync(db, appeal, null, actor.UserId, ct);
        await db.SaveChangesAsync(ct);
        return appeal;
    }
}
