using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Appeals;
using ChainChief.Web.Features.Calendar;
using ChainChief.Web.Features.Notifications;
using ChainChief.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static ChainChief.Tests.Appeals.AppealCalls;

namespace ChainChief.Tests.Appeals;

/// <summary>
/// The escalation job on a fake clock: 催办 at the deadline, 督办 level 1 and 2 and 通报 at their working-day offsets, each
/// once; a restarted job fires nothing again; a new clock (转办) starts afresh; the same-day sign-in has its own clock.
/// </summary>
public abstract class AppealEscalationTests(AppFixture fixture) : AppTests(fixture)
{
    private async Task<List<EscalationLevel>> FiredAsync(int id)
    {
        await using var scope = App.Scope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        return await db.AppealEscalations.Where(e => e.AppealId == id).OrderBy(e => e.Level).Select(e => e.Level).ToListAsync(Ct);
    }

    private async Task<List<NotificationTopic>> TopicsAsync(string userName, int id)
    {
        await using var scope = App.Scope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        return await (from n in db.Notifications
                      join u in db.Users on n.UserId equals u.Id
                      where u.UserName == userName && n.Link == $"/appeals/{id}"
                      orderby n.Id
                      select n.Topic).ToListAsync(Ct);
    }

    private async Task RunAtAsync(DateTime utc)
    {
        await using var scope = App.Scope();
        await scope.ServiceProvider.GetRequiredService<EscalateAppeals>().RunAsync(utc, Ct);
    }

    private async Task<(WorkingCalendar Calendar, AppealSettings Settings)> RulesAsync()
    {
        await using var scope = App.Scope();
        var calendar = await scope.ServiceProvider.GetRequiredService<CalendarProvider>().GetAsync(Ct);
        var settings = (await scope.ServiceProvider.GetRequiredService<ManageAppealSettings>().GetAsync(Ct)).Settings;
        return (calendar, settings);
    }

    private async Task<(int Id, DateTime Deadline)> AssignedAsync(string title)
    {
        using var firm = await App.ClientAsAsync("firm");
        using var office = await App.ClientAsAsync("office");
        var id = await FileAsync(firm, title);
        await OkAsync(office, id, AppealAction.SignIn);
        await OkAsync(office, id, AppealAction.Assign, new AppealStep { DepartmentId = await DepartmentOfDeptAsync(office, id), Class = AppealClass.General });
        return (id, (await GetAsync(office, id)).Deadline!.Value);
    }

    [Fact]
    public async Task Each_level_fires_once_at_its_working_day_offset_and_a_second_pass_adds_nothing()
    {
        var (id, deadline) = await AssignedAsync("融资：流动资金贷款到期续贷困难");
        var (calendar, settings) = await RulesAsync();
        Assert.Equal((0, 1, 3, 5), (settings.ReminderAfter, settings.SupervisionAfter, settings.LeaderSupervisionAfter, settings.NoticeAfter));

        await RunAtAsync(deadline.AddSeconds(-1));
        Assert.Empty(await FiredAsync(id));
        await RunAtAsync(deadline);
        Assert.Equal([EscalationLevel.Reminder], await FiredAsync(id));
        await RunAtAsync(deadline.AddMinutes(5));
        Assert.Equal([EscalationLevel.Reminder], await FiredAsync(id));

        // Level 1 at close of business on the next working day after the deadline's day, counted by hand on the calendar.
        var dueDay = DateOnly.FromDateTime(deadline.ToChinaTime());
        var level1 = calendar.NextWorkingDay(dueDay).ToDateTime(new TimeOnly(17, 30)).FromChinaTime();
        Assert.Equal(level1, AppealEscalationSchedule.FiresAt(calendar, deadline, settings.SupervisionAfter));
        await RunAtAsync(level1.AddSeconds(-1));
        Assert.Equal([EscalationLevel.Reminder], await FiredAsync(id));
        await RunAtAsync(level1);
        Assert.Equal([EscalationLevel.Reminder, EscalationLevel.Supervision], await FiredAsync(id));

        var level2 = calendar.AddWorkingDays(dueDay, 3).ToDateTime(new TimeOnly(17, 30)).FromChinaTime();
        await RunAtAsync(level2);
        Assert.Equal([EscalationLevel.Reminder, EscalationLevel.Supervision, EscalationLevel.LeaderSupervision], await FiredAsync(id));
        var notice = calendar.AddWorkingDays(dueDay, 5).ToDateTime(new TimeOnly(17, 30)).FromChinaTime();
        await RunAtAsync(notice);
        await RunAtAsync(notice.AddDays(30));
        Assert.Equal(Enum.GetValues<EscalationLevel>(), await FiredAsync(id));

        // Who heard: the department every step, the chain chief from level 2, the firm nothing.
        Assert.Equal([NotificationTopic.AppealAssigned, NotificationTopic.AppealReminder, NotificationTopic.AppealSupervision,
            NotificationTopic.AppealLeaderSupervision, NotificationTopic.AppealNotice], await TopicsAsync("dept", id));
        Assert.Equal([NotificationTopic.AppealLeaderSupervision, NotificationTopic.AppealNotice], await TopicsAsync("chief", id));
        Assert.DoesNotContain(await TopicsAsync("firm", id), t => t is NotificationTopic.AppealReminder or NotificationTopic.AppealSupervision
            or NotificationTopic.AppealLeaderSupervision or NotificationTopic.AppealNotice);

        using var office = await App.ClientAsAsync("office");
        var detail = await GetAsync(office, id);
        Assert.Equal(4, detail.Escalations.Count(e => e.Current));
        var escalated = await (await office.GetAsync("/api/appeals?escalation=LeaderSupervision&pageSize=200", Ct)).ReadAsync<PagedList<ListAppeals.Row>>();
        Assert.Equal(EscalationLevel.Notice, Assert.Single(escalated.Items, r => r.Id == id).Escalation);
    }

    [Fact]
    public async Task The_hosted_job_on_a_fake_clock_fires_on_its_schedule_and_a_restarted_one_does_not_fire_again()
    {
        var (id, deadline) = await AssignedAsync("物流：园区货运通道夜间限行");
        var clock = new FakeTimeProvider(new DateTimeOffset(deadline.AddMinutes(-2), TimeSpan.Zero));
        var options = Options.Create(new EscalationOptions { Enabled = true, Interval = TimeSpan.FromMinutes(5) });
        var scopes = App.Services.GetRequiredService<IServiceScopeFactory>();

        var job = new EscalationService(scopes, options, clock, NullLogger<EscalationService>.Instance);
        await job.StartAsync(Ct);
        await WaitForPassesAsync(job, 1);
        Assert.Empty(await FiredAsync(id)); // two minutes early
        clock.Advance(TimeSpan.FromMinutes(5)); // the next pass is three minutes past the deadline
        await WaitForPassesAsync(job, 2);
        Assert.Equal([EscalationLevel.Reminder], await FiredAsync(id));
        await job.StopAsync(Ct);

        // A restart the same minute: the first pass of the new process finds the reminder already recorded.
        var restarted = new EscalationService(scopes, options, clock, NullLogger<EscalationService>.Instance);
        await restarted.StartAsync(Ct);
        await WaitForPassesAsync(restarted, 1);
        await restarted.StopAsync(Ct);
        Assert.Equal([EscalationLevel.Reminder], await FiredAsync(id));
        Assert.Single(await TopicsAsync("dept", id), NotificationTopic.AppealReminder);
    }

    private static async Task WaitForPassesAsync(EscalationService job, int passes)
    {
        for (var i = 0; i < 400 && job.Passes < passes; i++)
        {
            await Task.Delay(25, Ct);
        }
        Assert.True(job.Passes >= passes, $"the job made {job.Passes} passes, expected {passes}");
    }

    [Fact]
    public async Task A_transfer_starts_a_new_clock_and_the_old_escalations_no_longer_count()
    {
        var (id, deadline) = await AssignedAsync("审批：环评批复超过承诺时限");
        await RunAtAsync(deadline.AddMinutes(1));
        using var office = await App.ClientAsAsync("office");
        Assert.Equal(EscalationLevel.Reminder, Assert.Single((await GetAsync(office, id)).Escalations).Level);

        var other = (await GetAsync(office, id)).Departments.First(d => d.Name != "安康市发展和改革委员会").Id;
        // The fake clock ran ahead of the real one; a real transfer after the deadline always ends later than it did.
        await OkAsync(office, id, AppealAction.Transfer, new AppealStep { DepartmentId = other, WorkingDays = 5, Note = "环评审批属生态环境部门" });
        var moved = await GetAsync(office, id);
        Assert.False(Assert.Single(moved.Escalations).Current);
        var row = (await (await office.GetAsync("/api/appeals?pageSize=200", Ct)).ReadAsync<PagedList<ListAppeals.Row>>()).Items.Single(r => r.Id == id);
        Assert.Null(row.Escalation);

        await RunAtAsync(moved.Deadline!.Value);
        Assert.Equal([EscalationLevel.Reminder, EscalationLevel.Reminder], await FiredAsync(id));
    }

    [Fact]
    public async Task An_appeal_not_signed_for_by_close_of_business_reminds_the_chain_office()
    {
        using var firm = await App.ClientAsAsync("firm");
        var id = await FileAsync(firm, "用能：错峰用电影响连续生产");
        using var office = await App.ClientAsAsync("office");
        var signInDue = (await GetAsync(office, id)).SignInDue;
        await RunAtAsync(signInDue);
        Assert.Equal([EscalationLevel.Reminder], await FiredAsync(id));
        Assert.Equal([NotificationTopic.AppealFiled, NotificationTopic.AppealReminder], await TopicsAsync("office", id));
        await OkAsync(office, id, AppealAction.SignIn); // signed: no clock until it is assigned
        await RunAtAsync(signInDue.AddDays(20));
        Assert.Equal([EscalationLevel.Reminder], await FiredAsync(id));
    }
}

[Collection("sqlite")]
public sealed class SqliteAppealEscalationTests(SqliteApp app) : AppealEscalationTests(app);

[Collection("postgres")]
public sealed class PostgresAppealEscalationTests(PostgresApp app) : AppealEscalationTests(app);
