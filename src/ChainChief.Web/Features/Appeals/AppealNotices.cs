using ChainChief.Web.Data;
using ChainChief.Web.Features.Notifications;
using ChainChief.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Appeals;

/// <summary>Turns appeal steps and escalations into notifications, in the same unit of work as the step.</summary>
public sealed class AppealNotices(Notifier notifier)
{
    public static NotificationTopic TopicOf(AppealAction action) => action switch
    {
        AppealAction.SignIn => NotificationTopic.AppealSignedIn,
        AppealAction.Assign => NotificationTopic.AppealAssigned,
        AppealAction.Transfer => NotificationTopic.AppealTransferred,
        AppealAction.Accept => NotificationTopic.AppealAccepted,
        AppealAction.Return => NotificationTopic.AppealReturned,
        AppealAction.Reply => NotificationTopic.AppealReplied,
        AppealAction.RateSatisfied => NotificationTopic.AppealRatedSatisfied,
        AppealAction.RateUnsatisfied => NotificationTopic.AppealReopened,
        AppealAction.RequestExtension => NotificationTopic.ExtensionRequested,
        AppealAction.ApproveExtension => NotificationTopic.ExtensionApproved,
        AppealAction.RefuseExtension => NotificationTopic.ExtensionRefused,
        AppealAction.RequestWithdrawal => NotificationTopic.WithdrawalRequested,
        AppealAction.ApproveWithdrawal => NotificationTopic.WithdrawalApproved,
        AppealAction.RefuseWithdrawal => NotificationTopic.WithdrawalRefused,
        AppealAction.Close => NotificationTopic.AppealClosed,
    };

    public static NotificationTopic TopicOf(EscalationLevel level) => level switch
    {
        EscalationLevel.Reminder => NotificationTopic.AppealReminder,
        EscalationLevel.Supervision => NotificationTopic.AppealSupervision,
        EscalationLevel.LeaderSupervision => NotificationTopic.AppealLeaderSupervision,
        _ => NotificationTopic.AppealNotice,
    };

    /// <summary>A step was taken: <paramref name="actorId"/> did it and is not told.</summary>
    public async Task StepAsync(AppDbContext db, Appeal appeal, AppealAction? action, string actorId, CancellationToken ct)
    {
        var firm = await FirmNameAsync(db, appeal.EnterpriseId, ct);
        var (topic, what) = action is { } a ? (TopicOf(a), AppealWorkflow.Label(a)) : (NotificationTopic.AppealFiled, "新诉求");
        var body = $"{firm}：{appeal.Title}。当前状态：{AppealWorkflow.Label(appeal.State)}"
            + (appeal.Deadline is { } due && appeal.State is AppealState.Assigned or AppealState.InProgress ? $"，办理时限 {due.ToChinaTime():yyyy-MM-dd HH:mm}" : "");
        await notifier.AddAsync(db, topic, Subject(appeal, $"诉求{what}：{appeal.Title}", body), actorId, ct);
    }

    /// <summary>Escalation levels fired (nobody caused them; everyone in each level's audience is told).</summary>
    public async Task EscalatedAsync(AppDbContext db, Appeal appeal, IEnumerable<EscalationLevel> levels, int overdueWorkingDays, CancellationToken ct)
    {
        var firm = await FirmNameAsync(db, appeal.EnterpriseId, ct);
        var clock = appeal.State == AppealState.Submitted ? "签收" : "办理";
        var late = overdueWorkingDays > 0 ? $"已超时{overdueWorkingDays}个工作日" : "已到期";
        foreach (var level in levels)
        {
            await notifier.AddAsync(db, TopicOf(level), Subject(appeal, $"【{AppealEscalationSchedule.Label(level)}】{appeal.Title}",
                $"{firm}的诉求{clock}{late}，请立即处理。"), null, ct);
        }
    }

    private static NotificationSubject Subject(Appeal appeal, string title, string body) =>
        new(appeal.EnterpriseId, appeal.CountyCode, appeal.DepartmentId, title.Length > 200 ? title[..200] : title, body.Length > 1000 ? body[..1000] : body, $"/appeals/{appeal.Id}");

    private static Task<string> FirmNameAsync(AppDbContext db, int enterpriseId, CancellationToken ct) =>
        db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => e.Name).SingleAsync(ct);
}
