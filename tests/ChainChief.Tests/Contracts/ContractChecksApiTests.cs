using System.Net;
using System.Net.Http.Json;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Contracts;
using ChainChief.Web.Features.Projects;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ChainChief.Tests.Investment.InvestmentCalls;

namespace ChainChief.Tests.Contracts;

/// <summary>标准地 checks through the API: the 达产复核 reads the firm's own twelve months, a breach opens a case with the
/// contract's penalty, entered values need evidence, and cases move forward only.</summary>
public abstract class ContractChecksApiTests(AppFixture fixture) : AppTests(fixture)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static ContractInput Contract(decimal area, decimal taxPerMu, decimal? cap = null) => new()
    {
        ContractNo = Unique("AK-BZD-"), SignedOn = Today.AddYears(-2), LandAreaMu = area, InvestmentIntensity = 300m, FloorAreaRatio = 1.2m,
        TaxPerMu = taxPerMu, OutputPerMu = 1m, StartBy = Today.AddYears(-2).AddMonths(3), CompleteBy = Today.AddYears(-1), FullProductionBy = Today.AddMonths(-1),
        Tolerance = 0.05m, InvestmentPenaltyRate = 0.1m, TaxPenaltyRate = 1m, PenaltyCap = cap,
    };

    private static async Task<int> SignedProjectAsync(HttpClient office, int? enterpriseId, bool confidential = false)
    {
        var (chain, nodes) = await office.ChainWithMapAsync();
        var input = Project(chain, nodes["拉线"].Id, Unique("标准地项目"), Unique("投资方"));
        (input.EnterpriseId, input.Stage, input.SignedOn, input.IsConfidential, input.CodeName) =
            (enterpriseId, ProjectStage.Signed, Today.AddYears(-2), confidential, confidential ? Unique("C-") : null);
        return await (await office.PostAsJsonAsync("/api/projects", input, TestData.Json, Ct)).CreatedIdAsync();
    }

    [Fact]
    public async Task A_full_production_review_reads_the_firms_twelve_months_and_a_shortfall_opens_a_case_with_the_contract_penalty()
    {
        using var office = await App.ClientAsAsync("office");
        await using var scope = App.Scope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var to = Periods.Previous(Periods.Of(Today));
        var from = Periods.AddMonths(to, -11);
        var firm = await db.MonthlyReports.Where(r => r.Period >= from && r.Period <= to && r.Tax > 0 && db.Enterprises.Any(e => e.Id == r.EnterpriseId && e.CountyCode == "610902"))
            .GroupBy(r => r.EnterpriseId).Where(g => g.Count() == 12).Select(g => g.Key).FirstAsync(Ct);
        var tax = (await db.MonthlyReports.Where(r => r.EnterpriseId == firm && r.Period >= from && r.Period <= to).Select(r => r.Tax).ToListAsync(Ct)).Sum();
        const decimal area = 40m;
        var measured = Math.Round(tax / area, 2);
        var agreed = Math.Ceiling(measured * 2) + 1; // well short: a breach
        var id = await SignedProjectAsync(office, firm);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PutAsJsonAsync($"/api/projects/{id}/contract", Contract(area, agreed), TestData.Json, Ct)).StatusCode);

        var detail = await (await office.GetAsync($"/api/projects/{id}/contract", Ct)).ReadAsync<GetContract.Detail>();
        Assert.Equal((measured, from, to), (detail.FromStatistics!.TaxPerMu, detail.FromStatistics.From, detail.FromStatistics.To));

        var response = await office.PostAsJsonAsync($"/api/projects/{id}/contract/checks", new RunContractCheck.Request(CheckKind.FullProduction, Today, null, null, null, null, null), TestData.Json, Ct);
        var outcome = await response.ReadAsync<RunContractCheck.Outcome>();
        Assert.Equal((CheckOutcome.Breach, MeasureSource.Statistics), (outcome.Result, outcome.Source));
        Assert.Equal(Math.Round((agreed - measured) * area * 1m, 2), outcome.Penalty);
        Assert.Contains($"约定 {agreed:0.##}，实测 {measured:0.##}", outcome.Findings);

        var breaches = await (await office.GetAsync("/api/breaches?open=true&pageSize=200", Ct)).ReadAsync<PagedList<ListBreaches.Row>>();
        var row = Assert.Single(breaches.Items, b => b.Id == outcome.BreachCaseId);
        Assert.Equal((BreachStatus.Filed, outcome.Penalty, id), (row.Status, row.Penalty, row.ProjectId));
        detail = await (await office.GetAsync($"/api/projects/{id}/contract", Ct)).ReadAsync<GetContract.Detail>();
        var breach = Assert.Single(detail.Cases);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/breaches/{breach.Id}/actions", new ActOnBreach.Request(BreachStatus.Rectifying, "限期六个月整改", breach.Version), TestData.Json, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await office.PostAsJsonAsync($"/api/breaches/{breach.Id}/actions", new ActOnBreach.Request(BreachStatus.Penalized, "收取违约金", breach.Version), TestData.Json, Ct)).StatusCode);
        var backwards = await office.PostAsJsonAsync($"/api/breaches/{breach.Id}/actions", new ActOnBreach.Request(BreachStatus.Filed, "重新立案", breach.Version + 1), TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Conflict, backwards.StatusCode);
        Assert.Contains("不能转为“立案”", await backwards.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Without_statistics_the_review_needs_entered_values_and_evidence_and_a_completion_check_within_tolerance_opens_no_case()
    {
        using var office = await App.ClientAsAsync("office");
        var id = await SignedProjectAsync(office, null);
        var check = new RunContractCheck.Request(CheckKind.FullProduction, Today, null, null, null, null, null);
        Assert.Contains("没有登记标准地合同", await (await office.PostAsJsonAsync($"/api/projects/{id}/contract/checks", check, TestData.Json, Ct)).Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.NoContent, (await office.PutAsJsonAsync($"/api/projects/{id}/contract", Contract(50m, 20m, cap: 500m), TestData.Json, Ct)).StatusCode);

        var missing = await office.PostAsJsonAsync($"/api/projects/{id}/contract/checks", check, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("统计数据不全，请录入实测亩均税收", await missing.Content.ReadAsStringAsync(Ct));
        var noEvidence = await office.PostAsJsonAsync($"/api/projects/{id}/contract/checks", check with { TaxPerMu = 19.5m, OutputPerMu = 2m }, TestData.Json, Ct);
        Assert.Contains("证明材料", await noEvidence.Content.ReadAsStringAsync(Ct));
        var entered = await (await office.PostAsJsonAsync($"/api/projects/{id}/contract/checks", check with { TaxPerMu = 19.5m, OutputPerMu = 2m, Evidence = "2025年度完税证明" }, TestData.Json, Ct))
            .ReadAsync<RunContractCheck.Outcome>();
        Assert.Equal((CheckOutcome.WithinTolerance, MeasureSource.Entered, (int?)null, 0m), (entered.Result, entered.Source, entered.BreachCaseId, entered.Penalty));

        var completion = await (await office.PostAsJsonAsync($"/api/projects/{id}/contract/checks",
            new RunContractCheck.Request(CheckKind.Completion, Today, 150m, 1.2m, null, null, "竣工验收报告"), TestData.Json, Ct)).ReadAsync<RunContractCheck.Outcome>();
        Assert.Equal((CheckOutcome.Breach, 500m), (completion.Result, completion.Penalty)); // 150 × 50 × 0.1 = 750, capped at 500
        var detail = await (await office.GetAsync($"/api/projects/{id}/contract", Ct)).ReadAsync<GetContract.Detail>();
        Assert.Equal(2, detail.Checks.Count);
        Assert.True(detail.Checks[0].PenaltyCapped);

        using var chief = await App.ClientAsAsync("chief");
        Assert.Equal(HttpStatusCode.Forbidden, (await chief.PostAsJsonAsync($"/api/projects/{id}/contract/checks", check, TestData.Json, Ct)).StatusCode);
    }

    [Fact]
    public async Task A_breach_on_a_confidential_project_is_listed_under_its_code_name()
    {
        using var office = await App.ClientAsAsync("office");
        var id = await SignedProjectAsync(office, null, confidential: true);
        await office.PutAsJsonAsync($"/api/projects/{id}/contract", Contract(50m, 20m), TestData.Json, Ct);
        var outcome = await (await office.PostAsJsonAsync($"/api/projects/{id}/contract/checks",
            new RunContractCheck.Request(CheckKind.FullProduction, Today, null, null, 5m, 0.5m, "税务部门出具的纳税证明"), TestData.Json, Ct)).ReadAsync<RunContractCheck.Outcome>();
        var project = await (await office.GetAsync($"/api/projects/{id}", Ct)).ReadAsync<GetProject.Detail>();
        using var chief = await App.ClientAsAsync("chief");
        var rows = await (await chief.GetAsync("/api/breaches?pageSize=200", Ct)).ReadAsync<PagedList<ListBreaches.Row>>();
        var row = Assert.Single(rows.Items, r => r.Id == outcome.BreachCaseId);
        Assert.Equal(project.CodeName, row.ProjectName);
        Assert.NotEqual(project.Name, row.ProjectName);
        var export = await chief.GetAsync("/api/breaches/export", Ct);
        await using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync(Ct));
        var cells = Web.Infrastructure.Excel.ExcelWorkbook.ReadTable(stream).SelectMany(c => c).ToList();
        Assert.Contains(project.CodeName, cells);
        Assert.DoesNotContain(project.Name, cells);
    }
}

[Collection("sqlite")]
public sealed class SqliteContractChecksApiTests(SqliteApp app) : ContractChecksApiTests(app);

[Collection("postgres")]
public sealed class PostgresContractChecksApiTests(PostgresApp app) : ContractChecksApiTests(app);
