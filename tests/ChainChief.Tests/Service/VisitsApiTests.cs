using System.Net;
using System.Net.Http.Json;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Features.Appeals;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Service;
using ChainChief.Web.Infrastructure;
using static ChainChief.Tests.Appeals.AppealCalls;

namespace ChainChief.Tests.Service;

/// <summary>包联 through the API: assigning a liaison, the visit with its survey where problems become appeals in one step,
/// visits due by cadence, the firm's service ledger, and who may do what.</summary>
public abstract class VisitsApiTests(AppFixture fixture) : AppTests(fixture)
{
    private static async Task<int> FirmIdAsync(HttpClient firm) =>
        (await (await firm.GetAsync("/api/enterprises?pageSize=1", Ct)).ReadAsync<PagedList<ListEnterprises.Row>>()).Items.Single().Id;

    private static VisitInput Visit(int firmId, DateOnly on, params ProblemInput[] problems) => new()
    {
        EnterpriseId = firmId, VisitedOn = on, Kind = VisitKind.OnSite, Summary = "订单饱满，二期厂房已完成设计。", Expansion = ExpansionPlan.Planned,
        ExpansionNote = "二期投资1.2亿元，明年投产", LeavingRisk = RiskLevel.Low, ShrinkingRisk = RiskLevel.None, Problems = [.. problems],
    };

    [Fact]
    public async Task A_liaison_records_a_visit_whose_problems_become_appeals_and_the_ledger_and_due_list_follow()
    {
        using var firm = await App.ClientAsAsync("firm");
        using var office = await App.ClientAsAsync("office");
        using var dept = await App.ClientAsAsync("dept");
        var firmId = await FirmIdAsync(firm);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

        // Not yet a liaison: the department official may not record a visit to this firm.
        var refused = await dept.PostAsJsonAsync("/api/visits", Visit(firmId, today), TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var deptUser = await DeptUserIdAsync(office, firmId);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/enterprises/{firmId}/liaisons", new Liaisons.AssignRequest(deptUser), TestData.Json, Ct)).StatusCode);
        Assert.Contains(await (await office.GetAsync($"/api/enterprises/{firmId}/liaisons", Ct)).ReadAsync<List<Liaisons.Liaison>>(), l => l.UserId == deptUser);
        Assert.Equal(HttpStatusCode.Conflict, (await office.PostAsJsonAsync($"/api/enterprises/{firmId}/liaisons", new Liaisons.AssignRequest(deptUser), TestData.Json, Ct)).StatusCode);
        var due = await (await dept.GetAsync("/api/visits/due?mine=true", Ct)).ReadAsync<List<VisitsDue.Row>>();
        var row = Assert.Single(due, r => r.EnterpriseId == firmId);

        var bad = await dept.PostAsJsonAsync("/api/visits", Visit(firmId, today.AddDays(1)), TestData.Json, Ct);
        Assert.Contains("不晚于今天", await bad.Content.ReadAsStringAsync(Ct));
        var blank = await dept.PostAsJsonAsync("/api/visits", Visit(firmId, today, new ProblemInput { Description = " " }), TestData.Json, Ct);
        Assert.Contains("第1个问题没有描述", await blank.Content.ReadAsStringAsync(Ct));

        var created = await dept.PostAsJsonAsync("/api/visits", Visit(firmId, today,
            new ProblemInput { Category = AppealCategory.Land, Description = "二期用地指标尚未落实，需新增工业用地30亩", FileAsAppeal = true },
            new ProblemInput { Category = AppealCategory.Labor, Description = "熟练工缺口约40人" }), TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var visitId = int.Parse(created.Headers.Location!.ToString().Split('/').Last());
        var visit = await (await dept.GetAsync($"/api/visits/{visitId}", Ct)).ReadAsync<ListVisits.Detail>();
        Assert.Equal((ExpansionPlan.Planned, RiskLevel.Low), (visit.Expansion, visit.LeavingRisk));
        var land = visit.Problems[0];
        Assert.Equal(AppealState.Submitted, land.AppealState);
        var appeal = await GetAsync(office, land.AppealId!.Value);
        Assert.Equal((AppealChannel.Visit, AppealCategory.Land, firmId), (appeal.Channel, appeal.Category, appeal.EnterpriseId));
        Assert.Contains("走访", appeal.History[0].Note);
        Assert.Null(visit.Problems[1].AppealId);

        // The second problem later, once; a second try is refused.
        var filed = await dept.PostAsync($"/api/visits/{visitId}/problems/{visit.Problems[1].Id}/appeal", null, Ct);
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var again = await office.PostAsync($"/api/visits/{visitId}/problems/{visit.Problems[1].Id}/appeal", null, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("已转为诉求", await again.Content.ReadAsStringAsync(Ct));

        var after = Assert.Single(await (await dept.GetAsync("/api/visits/due?mine=true", Ct)).ReadAsync<List<VisitsDue.Row>>(), r => r.EnterpriseId == firmId);
        Assert.Equal(today, after.LastVisit);
        Assert.Equal(today.AddDays(after.CadenceDays), after.DueOn);
        Assert.Equal(0, after.DaysOverdue);
        Assert.True(after.DueOn >= row.DueOn);

        var ledger = await (await office.GetAsync($"/api/enterprises/{firmId}/ledger", Ct)).ReadAsync<GetServiceLedger.Result>();
        Assert.Contains(ledger.Entries, e => e.Kind == LedgerKind.Visit && e.Link == $"/visits/{visitId}" && e.Detail!.Contains("发现问题2个"));
        Assert.Contains(ledger.Entries, e => e.Kind == LedgerKind.AppealFiled && e.Link == $"/appeals/{land.AppealId}");
        Assert.Equal(ledger.Entries.OrderByDescending(e => e.At).Select(e => e.At), ledger.Entries.Select(e => e.At));

        // Firms never see visit logs; the county officer of the firm's county does.
        Assert.Equal(HttpStatusCode.Forbidden, (await firm.GetAsync("/api/visits", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await firm.GetAsync($"/api/enterprises/{firmId}/ledger", Ct)).StatusCode);
        var county = await (await (await App.ClientAsAsync("county")).GetAsync($"/api/visits?enterpriseId={firmId}", Ct)).ReadAsync<PagedList<ListVisits.Row>>();
        Assert.Contains(county.Items, v => v.Id == visitId && v.Problems == 2 && v.Appeals == 2);

        // Without the assignment, the department official no longer sees the firm's visits made by others, nor records new ones.
        Assert.Equal(HttpStatusCode.NoContent, (await office.DeleteAsync($"/api/enterprises/{firmId}/liaisons/{deptUser}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await dept.PostAsJsonAsync("/api/visits", Visit(firmId, today), TestData.Json, Ct)).StatusCode);
    }

    private async Task<string> DeptUserIdAsync(HttpClient office, int firmId)
    {
        using var admin = await App.ClientAsAsync("admin");
        var users = await (await admin.GetAsync("/api/admin/users?q=dept", Ct)).ReadAsync<List<Web.Features.Admin.ManageUsers.Row>>();
        var id = users.Single(u => u.UserName == "dept").Id;
        var candidates = await (await office.GetAsync($"/api/enterprises/{firmId}/liaisons/candidates", Ct)).ReadAsync<List<Liaisons.Candidate>>();
        Assert.Contains(candidates, c => c.UserId == id);
        return id;
    }
}

[Collection("sqlite")]
public sealed class SqliteVisitsApiTests(SqliteApp app) : VisitsApiTests(app);

[Collection("postgres")]
public sealed class PostgresVisitsApiTests(PostgresApp app) : VisitsApiTests(app);
