using System.Net;
using System.Net.Http.Json;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Features.Appeals;
using ChainChief.Web.Features.Calendar;
using ChainChief.Web.Features.Chains;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Infrastructure;
using static ChainChief.Tests.Appeals.AppealCalls;

namespace ChainChief.Tests.Appeals;

/// <summary>Appeals through the API with the demo accounts: the whole flow with its history, deadlines on the working-day
/// calendar, illegal steps and stale versions as 409, and who sees what.</summary>
public abstract class AppealsApiTests(AppFixture fixture) : AppTests(fixture)
{
    [Fact]
    public async Task Filed_signed_assigned_answered_rated_unsatisfied_reopened_and_closed_with_every_step_in_the_history()
    {
        using var firm = await App.ClientAsAsync("firm");
        using var office = await App.ClientAsAsync("office");
        using var dept = await App.ClientAsAsync("dept");
        var id = await FileAsync(firm);
        var filed = await GetAsync(firm, id);
        Assert.Equal(AppealState.Submitted, filed.State);
        Assert.StartsWith("SQ", filed.Code);
        Assert.Equal(AppealChannel.Portal, filed.Channel);
        Assert.Equal([AppealAction.RequestWithdrawal], filed.Actions);

        await OkAsync(office, id, AppealAction.SignIn);
        await OkAsync(office, id, AppealAction.Assign, new AppealStep { DepartmentId = await DepartmentOfDeptAsync(office, id), Class = AppealClass.General });
        var assigned = await GetAsync(dept, id);
        Assert.Equal(AppealState.Assigned, assigned.State);
        // 一般类: three working days from the moment of assignment, on the holiday calendar.
        var at = assigned.History[^1].At.ToChinaTime();
        var expected = await (await office.GetAsync($"/api/calendar/deadline?receivedAt={at:yyyy-MM-ddTHH:mm:ss.fffffff}&days=3", Ct)).ReadAsync<ComputeDeadline.Result>();
        Assert.Equal(expected.Deadline, assigned.Deadline!.Value.ToChinaTime());
        Assert.Contains(AppealAction.Reply, assigned.Actions);

        await OkAsync(dept, id, AppealAction.Accept);
        await OkAsync(dept, id, AppealAction.Reply, new AppealStep { Note = "已对接区人社局，下周举办专场招聘会。" });
        var unsatisfied = await StepAsync(firm, id, AppealAction.RateUnsatisfied);
        Assert.Equal(HttpStatusCode.BadRequest, unsatisfied.StatusCode);
        Assert.Contains("请说明不满意的原因", await unsatisfied.Content.ReadAsStringAsync(Ct));
        await OkAsync(firm, id, AppealAction.RateUnsatisfied, new AppealStep { Note = "招聘会只来了5人，缺口仍大。" });
        var reopened = await GetAsync(dept, id);
        Assert.Equal((AppealState.Assigned, 1), (reopened.State, reopened.Reopened));
        Assert.Equal("安康市发展和改革委员会", reopened.DepartmentName);

        await OkAsync(dept, id, AppealAction.Reply, new AppealStep { Note = "联系职业技术学院定向输送30名实习焊工。" });
        await OkAsync(firm, id, AppealAction.RateSatisfied);
        var closed = await GetAsync(office, id);
        Assert.Equal(AppealState.Closed, closed.State);
        Assert.Equal([null, AppealAction.SignIn, AppealAction.Assign, AppealAction.Accept, AppealAction.Reply, AppealAction.RateUnsatisfied,
            AppealAction.Reply, AppealAction.RateSatisfied], closed.History.Select(h => h.Action));
        Assert.Equal([AppealState.Submitted, AppealState.SignedIn, AppealState.Assigned, AppealState.InProgress, AppealState.Replied,
            AppealState.Assigned, AppealState.Replied, AppealState.Closed], closed.History.Select(h => h.To));
        Assert.Equal("招聘会只来了5人，缺口仍大。", closed.History[5].Note);
        Assert.All(closed.History.Skip(1), h => Assert.NotNull(h.ActorName));
        Assert.Empty(closed.Actions);
    }

    [Fact]
    public async Task Steps_out_of_turn_or_by_the_wrong_party_are_refused_with_409_and_a_reason()
    {
        using var firm = await App.ClientAsAsync("firm");
        using var office = await App.ClientAsAsync("office");
        var id = await FileAsync(firm);
        var early = await StepAsync(firm, id, AppealAction.RateSatisfied);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("诉求当前为“已提交”，不能评价满意", await early.Content.ReadAsStringAsync(Ct)); // only an answer is rated
        var assign = await StepAsync(office, id, AppealAction.Assign, new AppealStep { DepartmentId = await DepartmentOfDeptAsync(office, id) });
        Assert.Equal(HttpStatusCode.Conflict, assign.StatusCode);
        Assert.Contains("诉求当前为“已提交”，不能交办", await assign.Content.ReadAsStringAsync(Ct));
        var signIn = await StepAsync(firm, id, AppealAction.SignIn);
        Assert.Equal(HttpStatusCode.Conflict, signIn.StatusCode);
        Assert.Contains("只有链长办可以签收", await signIn.Content.ReadAsStringAsync(Ct));
        Assert.Equal(AppealState.Submitted, (await GetAsync(office, id)).State);
    }

    [Fact]
    public async Task Two_officers_signing_the_same_appeal_at_once_one_succeeds_the_other_gets_409()
    {
        using var firm = await App.ClientAsAsync("firm");
        using var office = await App.ClientAsAsync("office");
        using var admin = await App.ClientAsAsync("admin");
        var id = await FileAsync(firm);
        var version = (await GetAsync(office, id)).Version;
        var responses = await Task.WhenAll(StepAsync(office, id, AppealAction.SignIn, new AppealStep { Version = version, Note = "王" }),
            StepAsync(admin, id, AppealAction.SignIn, new AppealStep { Version = version, Note = "管理员" }));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var history = (await GetAsync(office, id)).History;
        Assert.Equal(2, history.Count); // filed, signed once
    }

    [Fact]
    public async Task An_extension_requested_before_the_deadline_moves_it_by_working_days_when_approved()
    {
        using var firm = await App.ClientAsAsync("firm");
        using var office = await App.ClientAsAsync("office");
        using var dept = await App.ClientAsAsync("dept");
        var id = await FileAsync(firm);
        await OkAsync(office, id, AppealAction.SignIn);
        await OkAsync(office, id, AppealAction.Assign, new AppealStep { DepartmentId = await DepartmentOfDeptAsync(office, id), Class = AppealClass.Consultation });
        var before = (await GetAsync(dept, id)).Deadline!.Value.ToChinaTime();
        var noReason = await StepAsync(dept, id, AppealAction.RequestExtension, new AppealStep { WorkingDays = 2 });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        await OkAsync(dept, id, AppealAction.RequestExtension, new AppealStep { WorkingDays = 2, Note = "需协调人社、教育两部门" });
        var twice = await StepAsync(dept, id, AppealAction.RequestExtension, new AppealStep { WorkingDays = 1, Note = "再延" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("已有待审批的延期申请", await twice.Content.ReadAsStringAsync(Ct));
        await OkAsync(office, id, AppealAction.ApproveExtension);
        var after = await GetAsync(dept, id);
        // Two working days after the old deadline's day (counted from that working day's morning, not from its close).
        var expected = await (await office.GetAsync($"/api/calendar/deadline?receivedAt={before:yyyy-MM-dd}T09:00:00&days=2", Ct)).ReadAsync<ComputeDeadline.Result>();
        Assert.Equal(expected.Deadline, after.Deadline!.Value.ToChinaTime());
        Assert.Null(after.ExtensionDays);
        Assert.Equal(AppealState.Assigned, after.State);
    }

    [Fact]
    public async Task A_refused_withdrawal_goes_back_to_where_it_was()
    {
        using var firm = await App.ClientAsAsync("firm");
        using var office = await App.ClientAsAsync("office");
        var id = await FileAsync(firm);
        await OkAsync(office, id, AppealAction.SignIn);
        await OkAsync(firm, id, AppealAction.RequestWithdrawal, new AppealStep { Note = "问题已自行解决" });
        Assert.Equal(AppealState.WithdrawalRequested, (await GetAsync(office, id)).State);
        await OkAsync(office, id, AppealAction.RefuseWithdrawal, new AppealStep { Note = "涉及安全生产，须核实后办结" });
        Assert.Equal(AppealState.SignedIn, (await GetAsync(office, id)).State);
    }

    [Fact]
    public async Task The_overdue_list_for_a_cockpit_is_scoped_to_its_region_and_chain_longest_overdue_first()
    {
        using var office = await App.ClientAsAsync("office");
        var all = await (await office.GetAsync("/api/appeals?overdue=true&sort=clock&pageSize=200", Ct)).ReadAsync<PagedList<ListAppeals.Row>>();
        Assert.True(all.Total >= 4, $"{all.Total} overdue"); // the demo's
        var clocks = all.Items.Select(r => r.State == AppealState.Submitted ? r.SignInDue : r.Deadline!.Value).ToList();
        Assert.Equal(clocks.Order(), clocks);
        Assert.All(all.Items, r => Assert.True(r.Overdue));
        var county = all.Items.GroupBy(r => r.CountyCode).OrderByDescending(g => g.Count()).First().Key;
        var inCounty = await (await office.GetAsync($"/api/appeals?overdue=true&region={county}&pageSize=200", Ct)).ReadAsync<PagedList<ListAppeals.Row>>();
        Assert.Equal(all.Items.Where(r => r.CountyCode == county).Select(r => r.Id).Order(), inCounty.Items.Select(r => r.Id).Order());
        // An overdue appeal of a firm on a chain is on that chain's list and not on a chain the firm is not on.
        var (row, chains) = (default(ListAppeals.Row), new List<int>());
        foreach (var candidate in all.Items)
        {
            var firm = await (await office.GetAsync($"/api/enterprises/{candidate.EnterpriseId}", Ct)).ReadAsync<GetEnterprise.Detail>();
            (row, chains) = (candidate, firm.Chains.Select(c => c.Id).ToList());
            if (chains.Count > 0)
            {
                break;
            }
        }
        Assert.NotEmpty(chains);
        var other = (await (await office.GetAsync("/api/chains", Ct)).ReadAsync<List<ListChains.Row>>()).Select(c => c.Id).First(c => !chains.Contains(c));
        var onChain = await (await office.GetAsync($"/api/appeals?overdue=true&chainId={chains[0]}&pageSize=200", Ct)).ReadAsync<PagedList<ListAppeals.Row>>();
        Assert.Contains(onChain.Items, r => r.Id == row!.Id);
        var offChain = await (await office.GetAsync($"/api/appeals?overdue=true&chainId={other}&pageSize=200", Ct)).ReadAsync<PagedList<ListAppeals.Row>>();
        Assert.DoesNotContain(offChain.Items, r => r.Id == row!.Id);
    }

    [Fact]
    public async Task A_firm_sees_only_its_own_and_a_department_only_what_is_assigned_to_it()
    {
        using var firm = await App.ClientAsAsync("firm");
        using var office = await App.ClientAsAsync("office");
        using var dept = await App.ClientAsAsync("dept");
        using var county = await App.ClientAsAsync("county");
        var id = await FileAsync(firm, "用地：厂房扩建需新增土地20亩");
        Assert.Equal(HttpStatusCode.NotFound, (await dept.GetAsync($"/api/appeals/{id}", Ct)).StatusCode);
        Assert.Equal(AppealState.Submitted, (await GetAsync(county, id)).State); // the demo firm is in the county officer's 汉滨区
        await OkAsync(office, id, AppealAction.SignIn);
        await OkAsync(office, id, AppealAction.Assign, new AppealStep { DepartmentId = await DepartmentOfDeptAsync(office, id) });
        Assert.Equal(AppealState.Assigned, (await GetAsync(dept, id)).State);

        var mine = await (await firm.GetAsync("/api/appeals?pageSize=200", Ct)).ReadAsync<PagedList<ListAppeals.Row>>();
        Assert.Single(mine.Items.Select(r => r.EnterpriseId).Distinct());
        Assert.Contains(mine.Items, r => r.Id == id);
        var assigned = await (await dept.GetAsync("/api/appeals?pageSize=200", Ct)).ReadAsync<PagedList<ListAppeals.Row>>();
        Assert.All(assigned.Items, r => Assert.Equal(assigned.Items[0].DepartmentId, r.DepartmentId));
        Assert.Contains(assigned.Items, r => r.Id == id);
        var others = await (await App.ClientAsAsync("chief")).PostAsJsonAsync("/api/appeals", new AppealInput { EnterpriseId = mine.Items[0].EnterpriseId, Title = "x", Description = "y" }, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, others.StatusCode);
    }
}

[Collection("sqlite")]
public sealed class SqliteAppealsApiTests(SqliteApp app) : AppealsApiTests(app);

[Collection("postgres")]
public sealed class PostgresAppealsApiTests(PostgresApp app) : AppealsApiTests(app);
