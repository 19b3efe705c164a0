using System.Net;
using System.Net.Http.Json;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ChainChief.Tests.Statistics.StatisticsTestData;

namespace ChainChief.Tests.Statistics;

/// <summary>Who may submit what, closing and reopening months, and the read side (list, export, template).</summary>
public abstract class ReportAccessTests(AppFixture fixture) : AppTests(fixture)
{
    private async Task<(int Id, string Code)> NewFirmAsync(string county = "610902")
    {
        using var office = await App.ClientAsAsync("office");
        var input = TestData.NewFirm(county);
        return (await office.CreateFirmAsync(input), input.CreditCode);
    }

    [Fact]
    public async Task Submit_by_county_is_limited_to_its_county_and_chief_cannot_submit()
    {
        var (_, own) = await NewFirmAsync("610902");
        var (_, other) = await NewFirmAsync("610921");
        using var county = await App.ClientAsAsync("county");

        var (refused, body) = await county.SubmitAsync(false, Item(own, P(1), 100), Item(other, P(1), 100));
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        var error = Assert.Single(body.Issues());
        Assert.Equal((2, "creditCode"), (error.Row, error.Field));
        Assert.Contains("不在您的管辖范围内", error.Reason);

        var (ok, _) = await county.SubmitAsync(false, Item(own, P(1), 100));
        Assert.Equal(HttpStatusCode.OK, ok);
        using var chief = await App.ClientAsAsync("chief");
        Assert.Equal(HttpStatusCode.Forbidden, (await chief.SubmitAsync(false, Item(own, P(2), 200))).Status);
    }

    [Fact]
    public async Task Submit_by_enterprise_account_is_limited_to_its_own_firm()
    {
        var (_, other) = await NewFirmAsync();
        int firmId;
        MonthlyReport last;
        await using (var scope = App.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            firmId = (await db.Users.SingleAsync(u => u.UserName == "firm", Ct)).EnterpriseId!.Value;
            last = await db.MonthlyReports.Where(r => r.EnterpriseId == firmId).OrderByDescending(r => r.Period).FirstAsync(Ct);
        }
        var code = await Code(firmId);
        using var firm = await App.ClientAsAsync("firm");

        var (refused, body) = await firm.SubmitAsync(false, Item(other, P(1), 100));
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Contains("只能报送本企业", Assert.Single(body.Issues()).Reason);

        // Its own next month, continuing its demo history (当月 as last month's, so nothing is 10× off).
        var next = Periods.AddMonths(last.Period, 1);
        var own = new SubmitReportsByApi.Item
        {
            CreditCode = code, Period = next, InputKind = "Monthly", Output = last.Output, Revenue = last.Revenue, Profit = last.Profit,
            Tax = last.Tax, ElectricityKwh10k = last.ElectricityKwh10k, RnD = last.RnD, ValueAdded = last.ValueAdded, Employees = last.Employees,
        };
        var (ok, result) = await firm.SubmitAsync(true, own);
        Assert.True(ok == HttpStatusCode.OK, result.ToString());
        using var office = await App.ClientAsAsync("office");
        var page = await (await office.GetAsync($"/api/statistics/reports?period={next}&q={code}", Ct)).ReadAsync<PagedList<ListReports.Row>>();
        var row = Assert.Single(page.Items);
        Assert.Equal((ReportSource.Api, ReportInputKind.Monthly), (row.Source, row.InputKind));
        Assert.Equal(Periods.Month(next) == 1 ? last.Output : last.OutputYtd + last.Output, row.OutputYtd);
    }

    private async Task<string> Code(int firmId)
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Enterprises.Where(e => e.Id == firmId).Select(e => e.CreditCode).SingleAsync(Ct);
    }

    [Fact]
    public async Task Closed_month_is_refused_until_reopened_and_both_actions_are_logged_with_their_reasons()
    {
        var (_, code) = await NewFirmAsync();
        var period = P(9);
        using var office = await App.ClientAsAsync("office");
        using var county = await App.ClientAsAsync("county");

        Assert.Equal(HttpStatusCode.Forbidden, (await county.PostAsJsonAsync($"/api/statistics/periods/{period}/close", new { reason = "县区无权" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await office.PostAsJsonAsync($"/api/statistics/periods/{period}/close", new { reason = "" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/statistics/periods/{period}/close", new { reason = "月度数据已审定" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await office.PostAsJsonAsync($"/api/statistics/periods/{period}/close", new { reason = "再次关账" }, Ct)).StatusCode);

        var (refused, body) = await office.SubmitAsync(false, Item(code, period, 900));
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Contains("已关账", Assert.Single(body.Issues()).Reason);

        Assert.Equal(HttpStatusCode.BadRequest, (await office.PostAsJsonAsync($"/api/statistics/periods/{period}/reopen", new { reason = " " }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/statistics/periods/{period}/reopen", new { reason = "统计局反馈更正" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await office.SubmitAsync(false, Item(code, period, 900))).Status);

        var overview = await (await county.GetAsync("/api/statistics/periods", Ct)).ReadAsync<ListStatPeriods.Overview>();
        var events = overview.Events.Where(e => e.Period == period).ToList();
        Assert.Equal([(StatPeriodAction.Reopened, "统计局反馈更正"), (StatPeriodAction.Closed, "月度数据已审定")], events.Select(e => (e.Action, e.Reason)));
        Assert.All(events, e => Assert.Equal("链长办 王主任", e.By));
        Assert.False(overview.Periods.Single(p => p.Period == period).IsClosed);
        Assert.Equal(HttpStatusCode.Conflict, (await office.PostAsJsonAsync($"/api/statistics/periods/{Periods.AddMonths(Current, 1)}/close", new { reason = "未来月份" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task Export_carries_the_template_columns_and_imports_back_unchanged()
    {
        var (id, code) = await NewFirmAsync();
        using var office = await App.ClientAsAsync("office");
        await office.SubmitAsync(false, Item(code, P(10), 1000), Item(code, P(11), 55, ReportInputKind.Monthly));

        var export = await (await office.GetAsync($"/api/statistics/reports/export?q={code}", Ct)).Content.ReadAsByteArrayAsync(Ct);

        var rows = ExcelWorkbook.ReadRows(new MemoryStream(export));
        Assert.Equal(2, rows.Count);
        Assert.All(ReportSheet.Required, c => Assert.Contains(c, rows[0].Keys));
        Assert.Equal(("当月", "55", "1055"), (rows[0][ReportSheet.Kind], rows[0][ReportSheet.Output], rows[0]["工业总产值·本年累计（万元）"]));
        var (status, body) = await office.UploadAsync(export, "导出.xlsx");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, body.GetProperty("unchanged").GetInt32());

        using var chief = await App.ClientAsAsync("chief");
        var series = await (await chief.GetAsync($"/api/statistics/firms/{id}/reports", Ct)).ReadAsync<GetFirmReports.Detail>();
        Assert.Equal([P(11), P(10)], series.Reports.Select(r => r.Period));
        using var firm = await App.ClientAsAsync("firm");
        Assert.Equal(HttpStatusCode.NotFound, (await firm.GetAsync($"/api/statistics/firms/{id}/reports", Ct)).StatusCode);
    }

    [Fact]
    public async Task Template_has_the_bureau_columns_in_xlsx_and_csv()
    {
        using var office = await App.ClientAsAsync("office");
        var xlsx = await (await office.GetAsync("/api/statistics/reports/template", Ct)).Content.ReadAsByteArrayAsync(Ct);
        var header = ExcelWorkbook.ReadTable(new MemoryStream(xlsx)).First();
        Assert.Equal(ReportSheet.Columns, header);
        Assert.Contains("企业名单", ExcelWorkbook.SheetNames(new MemoryStream(xlsx)));
        var csv = await (await office.GetAsync("/api/statistics/reports/template?format=csv", Ct)).Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(ReportSheet.Columns, CsvTable.Read(csv).First());
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
    }
}

[Collection("statistics-sqlite")]
public sealed class SqliteReportAccessTests(SqliteApp app) : ReportAccessTests(app);

[Collection("statistics-postgres")]
public sealed class PostgresReportAccessTests(PostgresApp app) : ReportAccessTests(app);
