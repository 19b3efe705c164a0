using System.Net;
using System.Net.Http.Json;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Features.Appeals;
using ChainChief.Web.Features.Notifications;
using ChainChief.Web.Infrastructure;
using static ChainChief.Tests.Appeals.AppealCalls;

namespace ChainChief.Tests.Notifications;

/// <summary>The inbox through the API: steps notify the party that acts next (not the one who acted), unread counts and
/// reading are per user, the who-gets-what grid is obeyed, and the appeal settings validate and version.</summary>
public abstract class NotificationsApiTests(AppFixture fixture) : AppTests(fixture)
{
    private sealed record Count(int count);

    private static async Task<int> UnreadAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/notifications/unread-count", Ct)).ReadAsync<Count>()).count;

    private static async Task<List<Inbox.Item>> AboutAsync(HttpClient client, int appealId) =>
        [.. (await (await client.GetAsync("/api/notifications?pageSize=200", Ct)).ReadAsync<PagedList<Inbox.Item>>()).Items.Where(i => i.Link == $"/appeals/{appealId}")];

    [Fact]
    public async Task A_step_notifies_the_next_party_not_the_actor_and_reading_is_per_user()
    {
        using var firm = await App.ClientAsAsync("firm");
        using var office = await App.ClientAsAsync("office");
        using var dept = await App.ClientAsAsync("dept");
        var officeBefore = await UnreadAsync(office);
        var id = await FileAsync(firm, "市场：产品进入省级采购目录咨询");
        var filed = Assert.Single(await AboutAsync(office, id));
        Assert.Equal(NotificationTopic.AppealFiled, filed.Topic);
        Assert.Null(filed.ReadAt);
        Assert.Contains("市场：产品进入省级采购目录咨询", filed.Title);
        Assert.Equal(officeBefore + 1, await UnreadAsync(office));
        Assert.Empty(await AboutAsync(firm, id)); // the firm filed it itself

        await OkAsync(office, id, AppealAction.SignIn);
        await OkAsync(office, id, AppealAction.Assign, new AppealStep { DepartmentId = await DepartmentOfDeptAsync(office, id) });
        Assert.Equal([NotificationTopic.AppealAssigned], (await AboutAsync(dept, id)).Select(n => n.Topic));
        Assert.Equal([NotificationTopic.AppealAssigned, NotificationTopic.AppealSignedIn], (await AboutAsync(firm, id)).Select(n => n.Topic));

        // Someone else's message cannot be marked; one's own can, once.
        var deptMessage = (await AboutAsync(dept, id))[0].Id;
        Assert.Equal(0, (await (await firm.PostAsync($"/api/notifications/{deptMessage}/read", null, Ct)).ReadAsync<Changed>()).changed);
        Assert.Null((await AboutAsync(dept, id))[0].ReadAt);
        Assert.Equal(1, (await (await dept.PostAsync($"/api/notifications/{deptMessage}/read", null, Ct)).ReadAsync<Changed>()).changed);
        Assert.NotNull((await AboutAsync(dept, id))[0].ReadAt);
        await office.PostAsync("/api/notifications/read-all", null, Ct);
        Assert.Equal(0, await UnreadAsync(office));
    }

    private sealed record Changed(int changed);

    [Fact]
    public async Task The_grid_decides_who_hears_of_a_step()
    {
        using var admin = await App.ClientAsAsync("admin");
        using var firm = await App.ClientAsAsync("firm");
        using var office = await App.ClientAsAsync("office");
        var view = await (await admin.GetAsync("/api/appeals/settings", Ct)).ReadAsync<ManageAppealSettings.View>();
        Assert.Contains(view.Rules, r => r.Topic == NotificationTopic.AppealSignedIn && r.Audience == NotificationAudience.Firm);
        var withoutFirm = view.Rules.Where(r => r.Topic != NotificationTopic.AppealSignedIn).Append(new NotificationRule { Topic = NotificationTopic.AppealSignedIn, Audience = NotificationAudience.County }).ToList();
        try
        {
            Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync("/api/appeals/settings/notifications", new ManageAppealSettings.Rules(withoutFirm), TestData.Json, Ct)).StatusCode);
            var id = await FileAsync(firm, "政策：技改补贴申报条件咨询");
            await OkAsync(office, id, AppealAction.SignIn);
            Assert.Empty(await AboutAsync(firm, id));
            Assert.Contains(await AboutAsync(await App.ClientAsAsync("county"), id), n => n.Topic == NotificationTopic.AppealSignedIn);
        }
        finally
        {
            await admin.PutAsJsonAsync("/api/appeals/settings/notifications", new ManageAppealSettings.Rules(view.Rules), TestData.Json, Ct);
        }
        Assert.Equal(view.Rules.Count, (await (await admin.GetAsync("/api/appeals/settings", Ct)).ReadAsync<ManageAppealSettings.View>()).Rules.Count);
    }

    [Fact]
    public async Task Settings_refuse_bad_numbers_and_stale_versions_and_a_new_sla_sets_the_next_deadline()
    {
        using var office = await App.ClientAsAsync("office");
        using var firm = await App.ClientAsAsync("firm");
        var settings = (await (await office.GetAsync("/api/appeals/settings", Ct)).ReadAsync<ManageAppealSettings.View>()).Settings;

        var decreasing = await office.PutAsJsonAsync("/api/appeals/settings", Copy(settings, s => s.NoticeAfter = 2), TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, decreasing.StatusCode);
        Assert.Contains("不能递减", await decreasing.Content.ReadAsStringAsync(Ct));
        var zero = await office.PutAsJsonAsync("/api/appeals/settings", Copy(settings, s => s.GeneralDays = 0), TestData.Json, Ct);
        Assert.Contains("办理时限应为1到120个工作日", await zero.Content.ReadAsStringAsync(Ct));

        var saved = await (await office.PutAsJsonAsync("/api/appeals/settings", Copy(settings, s => s.GeneralDays = 7), TestData.Json, Ct)).ReadAsync<AppealSettings>();
        try
        {
            Assert.Equal(settings.Version + 1, saved.Version);
            var stale = await office.PutAsJsonAsync("/api/appeals/settings", Copy(settings, s => s.GeneralDays = 8), TestData.Json, Ct);
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

            var id = await FileAsync(firm, "用工：技能人才公寓申请");
            await OkAsync(office, id, AppealAction.SignIn);
            await OkAsync(office, id, AppealAction.Assign, new AppealStep { DepartmentId = await DepartmentOfDeptAsync(office, id), Class = AppealClass.General });
            var assigned = await GetAsync(office, id);
            var at = assigned.History[^1].At.ToChinaTime();
            var expected = await (await office.GetAsync($"/api/calendar/deadline?receivedAt={at:yyyy-MM-ddTHH:mm:ss.fffffff}&days=7", Ct)).ReadAsync<Web.Features.Calendar.ComputeDeadline.Result>();
            Assert.Equal(expected.Deadline, assigned.Deadline!.Value.ToChinaTime());
        }
        finally
        {
            await office.PutAsJsonAsync("/api/appeals/settings", Copy(saved, s => s.GeneralDays = 3), TestData.Json, Ct);
        }
        Assert.Equal(3, (await (await office.GetAsync("/api/appeals/settings", Ct)).ReadAsync<ManageAppealSettings.View>()).Settings.GeneralDays);
    }

    private static object Copy(AppealSettings s, Action<AppealSettings> change)
    {
        var copy = new AppealSettings
        {
            ConsultationDays = s.ConsultationDays, GeneralDays = s.GeneralDays, ComplexDays = s.ComplexDays, MajorDays = s.MajorDays,
            ReminderAfter = s.ReminderAfter, SupervisionAfter = s.SupervisionAfter, LeaderSupervisionAfter = s.LeaderSupervisionAfter, NoticeAfter = s.NoticeAfter,
            VisitDaysChainOwner = s.VisitDaysChainOwner, VisitDaysAboveScale = s.VisitDaysAboveScale, VisitDaysOther = s.VisitDaysOther,
        };
        change(copy);
        return new
        {
            copy.ConsultationDays, copy.GeneralDays, copy.ComplexDays, copy.MajorDays,
            copy.ReminderAfter, copy.SupervisionAfter, copy.LeaderSupervisionAfter, copy.NoticeAfter,
            copy.VisitDaysChainOwner, copy.VisitDaysAboveScale, copy.VisitDaysOther, s.Version,
        };
    }
}

[Collection("sqlite")]
public sealed class SqliteNotificationsApiTests(SqliteApp app) : NotificationsApiTests(app);

[Collection("postgres")]
public sealed class PostgresNotificationsApiTests(PostgresApp app) : NotificationsApiTests(app);
