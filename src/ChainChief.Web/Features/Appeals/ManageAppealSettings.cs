using ChainChief.Web.Data;
using ChainChief.Web.Features.Notifications;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Appeals;

/// <summary>
/// The 链长办's settings for appeals: deadlines by class, escalation offsets, and who is notified of what. Deadlines
/// already set keep their dates; a change applies to the next 交办. A stale version is a 409.
/// </summary>
public sealed class ManageAppealSettings(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Rules(IReadOnlyList<NotificationRule> Items);

    public sealed record View(AppealSettings Settings, IReadOnlyList<NotificationRule> Rules);

    public async Task<View> GetAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var settings = await db.AppealSettings.AsNoTracking().SingleAsync(ct);
        var rules = await db.NotificationRules.AsNoTracking().ToListAsync(ct);
        return new View(settings, [.. rules.OrderBy(r => r.Topic).ThenBy(r => r.Audience)]);
    }

    public async Task<AppealSettings> SaveAsync(AppealSettings input, Actor actor, CancellationToken ct)
    {
        static void InRange(string field, int value, int min, int max, string message)
        {
            if (value < min || value > max)
            {
                throw new InputException(field, message);
            }
        }
        (string Field, int Value)[] sla = [(nameof(input.ConsultationDays), input.ConsultationDays), (nameof(input.GeneralDays), input.GeneralDays),
            (nameof(input.ComplexDays), input.ComplexDays), (nameof(input.MajorDays), input.MajorDays)];
        (string Field, int Value)[] offsets = [(nameof(input.ReminderAfter), input.ReminderAfter), (nameof(input.SupervisionAfter), input.SupervisionAfter),
            (nameof(input.LeaderSupervisionAfter), input.LeaderSupervisionAfter), (nameof(input.NoticeAfter), input.NoticeAfter)];
        (string Field, int Value)[] cadence = [(nameof(input.VisitDaysChainOwner), input.VisitDaysChainOwner),
            (nameof(input.VisitDaysAboveScale), input.VisitDaysAboveScale), (nameof(input.VisitDaysOther), input.VisitDaysOther)];
        foreach (var (field, days) in sla)
        {
            InRange(field, days, 1, 120, "办理时限应为1到120个工作日");
        }
        for (var i = 0; i < offsets.Length; i++)
        {
            InRange(offsets[i].Field, offsets[i].Value, 0, 60, "超时后的工作日数应为0到60");
            // Level by level: a later step may not come before an earlier one.
            InRange(offsets[i].Field, offsets[i].Value, i == 0 ? 0 : offsets[i - 1].Value, 60, "升级须逐级：催办、一级督办、二级督办、通报的天数不能递减");
        }
        foreach (var (field, days) in cadence)
        {
            InRange(field, days, 7, 730, "走访周期应为7到730天");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var settings = await db.AppealSettings.SingleAsync(ct);
        db.Entry(settings).Property(s => s.Version).OriginalValue = input.Version;
        (settings.ConsultationDays, settings.GeneralDays, settings.ComplexDays, settings.MajorDays) =
            (input.ConsultationDays, input.GeneralDays, input.ComplexDays, input.MajorDays);
        (settings.ReminderAfter, settings.SupervisionAfter, settings.LeaderSupervisionAfter, settings.NoticeAfter) =
            (input.ReminderAfter, input.SupervisionAfter, input.LeaderSupervisionAfter, input.NoticeAfter);
        (settings.VisitDaysChainOwner, settings.VisitDaysAboveScale, settings.VisitDaysOther) = (input.VisitDaysChainOwner, input.VisitDaysAboveScale, input.VisitDaysOther);
        await db.SaveChangesAsync(ct);
        return settings;
    }

    /// <summary>Replaces the whole who-gets-what grid.</summary>
    public async Task SaveRulesAsync(IReadOnlyCollection<NotificationRule>? rules, CancellationToken ct)
    {
        if (rules is null)
        {
            throw new InputException("items", "请提交完整的通知规则表");
        }
        var wanted = rules.Select(r => (r.Topic, r.Audience)).ToHashSet();
        if (wanted.Any(r => !Enum.IsDefined(r.Topic) || !Enum.IsDefined(r.Audience)))
        {
            throw new InputException("rules", "通知规则中有未知的事项或接收对象");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var present = await db.NotificationRules.ToListAsync(ct);
        db.NotificationRules.RemoveRange(present.Where(r => !wanted.Contains((r.Topic, r.Audience))));
        var have = present.Select(r => (r.Topic, r.Audience)).ToHashSet();
        db.NotificationRules.AddRange(wanted.Where(w => !have.Contains(w)).Select(w => new NotificationRule { Topic = w.Topic, Audience = w.Audience }));
        await db.SaveChangesAsync(ct);
    }
}
