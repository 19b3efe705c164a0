using System.Net;
using System.Net.Http.Json;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Chains;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.Extensions.DependencyInjection;
using static ChainChief.Tests.Chains.ChainWorkData;

namespace ChainChief.Tests.Chains;

/// <summary>Key tasks: editing, overdue flags, the cross-chain list and its export, who may update what.</summary>
public abstract class ChainWorkTests(AppFixture fixture) : AppTests(fixture)
{
    [Fact]
    public async Task Task_create_edit_done_delete_with_overdue_flag_by_Beijing_date()
    {
        using var office = await App.ClientAsAsync("office");
        var chain = await office.ChainAsync();
        var owner = await office.DepartmentAsync(Commerce);
        var late = NewTask(owner, Today.AddDays(-10));
        var lateId = await office.CreateTaskAsync(chain, late);
        var futureId = await office.CreateTaskAsync(chain, NewTask(owner, Today.AddDays(30)));

        var year = await (await office.GetAsync($"/api/chains/{chain}/tasks?year={late.Year}", Ct)).ReadAsync<List<ListChainTasks.Row>>();
        var row = Assert.Single(year, r => r.Id == lateId);
        Assert.True(row.IsOverdue);
        Assert.Equal(10, row.DaysOverdue);
        Assert.Equal(Commerce, row.OwnerDepartment);
        Assert.Equal(ChainTaskStatus.NotStarted, row.Status);

        var overdue = await (await office.GetAsync($"/api/chain-tasks?chainId={chain}&overdueOnly=true&pageSize=200", Ct)).ReadAsync<PagedList<ListChainTasks.Row>>();
        Assert.Contains(overdue.Items, r => r.Id == lateId);
        Assert.DoesNotContain(overdue.Items, r => r.Id == futureId);
        Assert.All(overdue.Items, r => Assert.True(r.IsOverdue && r.DaysOverdue > 0));
        Assert.Equal(overdue.Items.OrderBy(r => r.Deadline).Select(r => r.Id), overdue.Items.Select(r => r.Id));

        var edit = row.ToInput();
        edit.Title = "已修改的任务名称";
        Assert.Equal(HttpStatusCode.NoContent, (await office.PutAsJsonAsync($"/api/chains/{chain}/tasks/{lateId}", edit, TestData.Json, Ct)).StatusCode);
        var edited = await office.TaskAsync(chain, lateId);
        Assert.Equal("已修改的任务名称", edited.Task.Title);

        Assert.Equal(HttpStatusCode.NoContent, (await office.ProgressAsync(chain, lateId, ChainTaskStatus.Done, "已完成", edited.Task.Version)).StatusCode);
        var done = await office.TaskAsync(chain, lateId);
        Assert.Equal(Today, done.Task.CompletedOn);
        Assert.False(done.Task.IsOverdue);
        Assert.Equal("已完成", done.Task.LatestNote);

        Assert.Equal(HttpStatusCode.NoContent, (await office.DeleteAsync($"/api/chains/{chain}/tasks/{lateId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/api/chains/{chain}/tasks/{lateId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Export_opens_with_Chinese_headers_and_the_filtered_task()
    {
        using var office = await App.ClientAsAsync("office");
        var chain = await office.ChainAsync();
        var input = NewTask(await office.DepartmentAsync(Commerce), Today.AddDays(-3));
        var id = await office.CreateTaskAsync(chain, input);
        await office.ProgressAsync(chain, id, null, "已对接三家配套企业");

        var response = await office.GetAsync($"/api/chain-tasks/export?chainId={chain}&overdueOnly=true", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ExcelWorkbook.ContentType, response.Content.Headers.ContentType?.MediaType);
        await using var file = await response.Content.ReadAsStreamAsync(Ct);
        var rows = ExcelWorkbook.ReadRows(file);
        Assert.All(["产业链", "任务", "责任部门", "完成时限", "状态", "是否逾期", "逾期天数", "最新进展"], h => Assert.Contains(h, rows[0].Keys));
        var mine = Assert.Single(rows, r => r["任务"] == input.Title);
        Assert.Equal(Commerce, mine["责任部门"]);
        Assert.Equal(input.Deadline!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), mine["完成时限"]);
        Assert.Equal("未开始", mine["状态"]);
        Assert.Equal("是", mine["是否逾期"]);
        Assert.Equal("3", mine["逾期天数"]);
        Assert.Equal("已对接三家配套企业", mine["最新进展"]);
        Assert.All(rows, r => Assert.Equal("是", r["是否逾期"]));

        await using var none = await (await office.GetAsync("/api/chain-tasks/export?year=2000", Ct)).Content.ReadAsStreamAsync(Ct);
        var empty = Assert.Single(ExcelWorkbook.ReadRows(none)); // headers, and no task
        Assert.Contains("完成时限", empty.Keys);
        Assert.All(empty.Values, v => Assert.Equal("", v));
    }

    [Fact]
    public async Task Department_user_updates_its_own_task_only_and_cannot_create_edit_cancel_or_delete()
    {
        using var office = await App.ClientAsAsync("office");
        using var dept = await App.ClientAsAsync("dept");
        var chain = await office.ChainAsync();
        var own = await office.CreateTaskAsync(chain, NewTask(await office.DepartmentAsync(Ndrc), Today.AddDays(20)));
        var other = await office.CreateTaskAsync(chain, NewTask(await office.DepartmentAsync(Commerce), Today.AddDays(20)));

        Assert.Equal(HttpStatusCode.NoContent, (await dept.ProgressAsync(chain, own, ChainTaskStatus.InProgress, "已召开专题会")).StatusCode);
        var detail = await dept.TaskAsync(chain, own);
        Assert.Equal(ChainTaskStatus.InProgress, detail.Task.Status);
        var note = Assert.Single(detail.Notes);
        Assert.Equal(("已召开专题会", "市发改委 张科长"), (note.Text, note.By));

        var refused = await dept.ProgressAsync(chain, other, null, "越权填写");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("责任部门", await refused.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Forbidden, (await dept.ProgressAsync(chain, own, ChainTaskStatus.Cancelled, null, detail.Task.Version)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await dept.PostAsJsonAsync($"/api/chains/{chain}/tasks", NewTask(1, Today), TestData.Json, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await dept.PutAsJsonAsync($"/api/chains/{chain}/tasks/{own}", detail.Task.ToInput(), TestData.Json, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await dept.DeleteAsync($"/api/chains/{chain}/tasks/{own}", Ct)).StatusCode);
        Assert.Empty((await office.TaskAsync(chain, other)).Notes);
    }

    [Theory]
    [InlineData("county")]
    [InlineData("firm")]
    public async Task County_and_enterprise_users_read_tasks_and_meetings_but_cannot_write(string user)
    {
        using var office = await App.ClientAsAsync("office");
        using var reader = await App.ClientAsAsync(user);
        var chain = await office.ChainAsync();
        var input = NewTask(await office.DepartmentAsync(Ndrc), Today.AddDays(5));
        var id = await office.CreateTaskAsync(chain, input);

        var rows = await (await reader.GetAsync($"/api/chains/{chain}/tasks?year={input.Year}", Ct)).ReadAsync<List<ListChainTasks.Row>>();
        Assert.Contains(rows, r => r.Id == id);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/chains/{chain}/meetings", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/chains/{chain}/plans", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.ProgressAsync(chain, id, ChainTaskStatus.InProgress, "进展")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync($"/api/chains/{chain}/tasks", input, TestData.Json, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync($"/api/chains/{chain}/meetings", NewMeeting("事项"), TestData.Json, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.DeleteAsync($"/api/chains/{chain}/tasks/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Task_of_a_chain_outside_the_users_scope_is_not_found()
    {
        int chain;
        await using (var scope = App.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>().ActingAs(Actor.System);
            var outside = new Chain { Name = $"西安测试链{Guid.NewGuid().ToString("N")[..6]}", RegionCode = "6101" };
            db.Chains.Add(outside);
            await db.SaveChangesAsync(Ct);
            chain = outside.Id;
        }
        using var admin = await App.ClientAsAsync("admin");
        var id = await admin.CreateTaskAsync(chain, NewTask(await admin.DepartmentAsync(Ndrc), Today.AddDays(5)));

        using var dept = await App.ClientAsAsync("dept");
        Assert.Equal(HttpStatusCode.NotFound, (await dept.ProgressAsync(chain, id, ChainTaskStatus.InProgress, "进展")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dept.GetAsync($"/api/chains/{chain}/tasks", Ct)).StatusCode);
        using var office = await App.ClientAsAsync("office");
        var all = await (await office.GetAsync("/api/chain-tasks?pageSize=200", Ct)).ReadAsync<PagedList<ListChainTasks.Row>>();
        Assert.DoesNotContain(all.Items, r => r.ChainId == chain);
    }

    [Fact]
    public async Task Meeting_decision_becomes_a_linked_task_once_and_then_cannot_be_removed()
    {
        using var office = await App.ClientAsAsync("office");
        var chain = await office.ChainAsync();
        var input = NewMeeting("由市商务局牵头开展电子信息产业链精准招商", "完善链主企业配套清单");
        var created = await office.PostAsJsonAsync($"/api/chains/{chain}/meetings", input, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var meetings = await (await office.GetAsync($"/api/chains/{chain}/meetings", Ct)).ReadAsync<List<ListChainMeetings.Row>>();
        var meeting = Assert.Single(meetings, m => m.Title == input.Title);
        Assert.Equal(["由市商务局牵头开展电子信息产业链精准招商", "完善链主企业配套清单"], meeting.Decisions.Select(d => d.Text));
        var decision = meeting.Decisions[0];
        Assert.Null(decision.Task);

        var url = $"/api/chains/{chain}/meetings/{meeting.Id}/decisions/{decision.Id}/task";
        var make = new DecisionTaskInput { OwnerDepartmentId = await office.DepartmentAsync(Commerce), Deadline = Today.AddDays(60) };
        var made = await office.PostAsJsonAsync(url, make, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        var taskId = int.Parse(made.Headers.Location!.ToString().Split('/')[^1]);
        var task = await office.TaskAsync(chain, taskId);
        Assert.Equal((decision.Id, decision.Text, meeting.Id), (task.Task.MeetingDecisionId!.Value, task.Task.Title, task.MeetingId!.Value));
        var after = Assert.Single(await (await office.GetAsync($"/api/chains/{chain}/meetings", Ct)).ReadAsync<List<ListChainMeetings.Row>>(), m => m.Id == meeting.Id);
        Assert.Equal((taskId, Commerce), (after.Decisions[0].Task!.Id, after.Decisions[0].Task!.OwnerDepartment));
        Assert.Null(after.Decisions[1].Task);

        var again = await office.PostAsJsonAsync(url, make, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("该议定事项已转为任务", await again.Content.ReadAsStringAsync(Ct));
        var dropConverted = after.ToInput();
        dropConverted.Decisions.RemoveAt(0);
        Assert.Equal(HttpStatusCode.Conflict, (await office.PutAsJsonAsync($"/api/chains/{chain}/meetings/{meeting.Id}", dropConverted, TestData.Json, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await office.DeleteAsync($"/api/chains/{chain}/meetings/{meeting.Id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Plan_covering_this_year_is_current_and_plans_may_not_overlap()
    {
        using var office = await App.ClientAsAsync("office");
        var chain = await office.CreateChainAsync(); // demo chains already have a plan for this year
        var plan = new ChainPlanInput { Title = "三年行动计划", StartYear = Today.Year - 1, EndYear = Today.Year + 1, Content = "到期末产业链营业收入突破100亿元" };
        Assert.Equal(HttpStatusCode.Created, (await office.PostAsJsonAsync($"/api/chains/{chain}/plans", plan, TestData.Json, Ct)).StatusCode);
        var next = new ChainPlanInput { Title = "下一轮计划", StartYear = Today.Year + 1, EndYear = Today.Year + 3, Content = "续写" };
        var overlap = await office.PostAsJsonAsync($"/api/chains/{chain}/plans", next, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, overlap.StatusCode);
        Assert.Contains("年度重叠", await overlap.Content.ReadAsStringAsync(Ct));
        next.StartYear += 1;
        next.EndYear += 1;
        Assert.Equal(HttpStatusCode.Created, (await office.PostAsJsonAsync($"/api/chains/{chain}/plans", next, TestData.Json, Ct)).StatusCode);

        var plans = await (await office.GetAsync($"/api/chains/{chain}/plans", Ct)).ReadAsync<List<ListChainPlans.Row>>();
        var current = Assert.Single(plans, p => p.IsCurrent);
        Assert.Equal(plan.StartYear, current.StartYear);
        var edit = current.ToInput();
        edit.Content = "到期末产业链营业收入突破120亿元";
        Assert.Equal(HttpStatusCode.NoContent, (await office.PutAsJsonAsync($"/api/chains/{chain}/plans/{current.Id}", edit, TestData.Json, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await office.PutAsJsonAsync($"/api/chains/{chain}/plans/{current.Id}", edit, TestData.Json, Ct)).StatusCode);
    }

    [Fact]
    public async Task Stale_version_is_refused_for_tasks_plans_and_meetings()
    {
        using var office = await App.ClientAsAsync("office");
        var chain = await office.ChainAsync();
        var id = await office.CreateTaskAsync(chain, NewTask(await office.DepartmentAsync(Commerce), Today.AddDays(9)));
        var stale = (await office.TaskAsync(chain, id)).Task.ToInput();
        Assert.Equal(HttpStatusCode.NoContent, (await office.PutAsJsonAsync($"/api/chains/{chain}/tasks/{id}", stale, TestData.Json, Ct)).StatusCode);
        var conflict = await office.PutAsJsonAsync($"/api/chains/{chain}/tasks/{id}", stale, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("数据已被他人修改", await conflict.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Conflict, (await office.ProgressAsync(chain, id, ChainTaskStatus.InProgress, null, stale.Version)).StatusCode);

        var meeting = NewMeeting("第一项");
        var created = await office.PostAsJsonAsync($"/api/chains/{chain}/meetings", meeting, TestData.Json, Ct);
        var meetingUrl = created.Headers.Location!.ToString();
        Assert.Equal(HttpStatusCode.NoContent, (await office.PutAsJsonAsync(meetingUrl, meeting, TestData.Json, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await office.PutAsJsonAsync(meetingUrl, meeting, TestData.Json, Ct)).StatusCode);
    }

    [Fact]
    public async Task Invalid_input_gets_400_with_Chinese_field_messages()
    {
        using var office = await App.ClientAsAsync("office");
        var chain = await office.ChainAsync();

        var missing = await office.PostAsJsonAsync($"/api/chains/{chain}/tasks", new { year = Today.Year, title = "缺少时限和部门的任务" }, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var errors = (await missing.Content.ReadFromJsonAsync<ValidationProblem>(Ct))!.Errors;
        Assert.Contains("请填写完成时限", errors["Deadline"]);
        Assert.Contains("请选择责任部门", errors["OwnerDepartmentId"]);

        var unknownDepartment = await office.PostAsJsonAsync($"/api/chains/{chain}/tasks", NewTask(999999, Today), TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unknownDepartment.StatusCode);
        Assert.Contains("责任部门不存在", (await unknownDepartment.Content.ReadFromJsonAsync<ValidationProblem>(Ct))!.Errors["OwnerDepartmentId"][0]);

        var plan = new ChainPlanInput { Title = "三年行动计划", StartYear = 2026, EndYear = 2029, Content = "目标与举措" };
        var badPlan = await office.PostAsJsonAsync($"/api/chains/{chain}/plans", plan, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badPlan.StatusCode);
        Assert.Contains("结束年度应为2028年", (await badPlan.Content.ReadFromJsonAsync<ValidationProblem>(Ct))!.Errors["EndYear"][0]);

        // Pages call the handler directly: it checks the same rules, nested decisions included.
        await using var scope = App.Scope();
        var save = scope.ServiceProvider.GetRequiredService<SaveChainMeeting>();
        var meeting = NewMeeting("");
        var office1 = new Actor("x", "链长办", new HashSet<string> { Roles.ChainOffice }, "6109", null, null);
        var e = await Assert.ThrowsAsync<Web.Infrastructure.Errors.InputException>(() => save.HandleAsync(chain, null, meeting, office1, Ct));
        Assert.Equal("请填写议定事项内容", Assert.Single(e.Errors["Decisions[0].Text"]));
    }

    private sealed record ValidationProblem(Dictionary<string, string[]> Errors);
}

[Collection("sqlite")]
public sealed class SqliteChainWorkTests(SqliteApp app) : ChainWorkTests(app);

[Collection("postgres")]
public sealed class PostgresChainWorkTests(PostgresApp app) : ChainWorkTests(app);
