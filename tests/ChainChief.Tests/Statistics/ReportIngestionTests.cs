using System.Net;
using System.Text;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ChainChief.Tests.Statistics.StatisticsTestData;

namespace ChainChief.Tests.Statistics;

/// <summary>The three channels' shared write path end to end: API, upload, warnings, corrections, versions.</summary>
public abstract class ReportIngestionTests(AppFixture fixture) : AppTests(fixture)
{
    private async Task<(int Id, string Code)> NewFirmAsync(string county = "610902")
    {
        using var office = await App.ClientAsAsync("office");
        var input = TestData.NewFirm(county);
        return (await office.CreateFirmAsync(input), input.CreditCode);
    }

    private async Task<T> DbAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = App.Scope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        return await query(db);
    }

    [Fact]
    public async Task Submit_by_api_derives_both_sides_audits_one_batch_and_resubmission_is_unchanged()
    {
        var (a, codeA) = await NewFirmAsync();
        var (b, codeB) = await NewFirmAsync("610921");
        using var office = await App.ClientAsAsync("office");
        var version = App.Services.GetRequiredService<StatisticsVersion>();
        var before = version.Current;

        var (status, body) = await office.SubmitAsync(false, Item(codeA, P(1), 100), Item(codeA, P(2), 250), Item(codeB, P(2), 40, ReportInputKind.Monthly));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, body.GetProperty("created").GetInt32());
        var batchId = body.GetProperty("batchId").GetInt32();
        Assert.True(version.Current > before, "IReportsWritten was told");
        var february = await DbAsync(db => db.MonthlyReports.SingleAsync(r => r.EnterpriseId == a && r.Period == P(2), Ct));
        Assert.Equal((150m, 250m, ReportInputKind.YearToDate, ReportSource.Api), (february.Output, february.OutputYtd, february.InputKind, february.Source));
        Assert.Equal((135m, 225m), (february.Revenue, february.RevenueYtd));
        var monthly = await DbAsync(db => db.MonthlyReports.SingleAsync(r => r.EnterpriseId == b, Ct));
        Assert.Equal((40m, 40m, batchId), (monthly.Output, monthly.OutputYtd, monthly.BatchId));
        var audit = await DbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(ReportBatch) && e.SubjectId == batchId).CountAsync(Ct));
        Assert.Equal(1, audit);
        Assert.Equal(0, await DbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(MonthlyReport), Ct)));

        var batches = await DbAsync(db => db.ReportBatches.CountAsync(Ct));
        var (again, same) = await office.SubmitAsync(false, Item(codeA, P(1), 100), Item(codeA, P(2), 250), Item(codeB, P(2), 40, ReportInputKind.Monthly));
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Equal((0, 0, 3), (same.GetProperty("created").GetInt32(), same.GetProperty("updated").GetInt32(), same.GetProperty("unchanged").GetInt32()));
        Assert.Equal(batches, await DbAsync(db => db.ReportBatches.CountAsync(Ct)));
    }

    [Fact]
    public async Task Upload_with_bad_rows_writes_nothing_and_lists_every_bad_row_by_column()
    {
        var (good, code) = await NewFirmAsync();
        var (other, otherCode) = await NewFirmAsync();
        var negative = Row(otherCode, P(3), 100);
        negative[ReportSheet.Tax] = -5;
        var unreadable = Row(otherCode, P(4), 100);
        unreadable[ReportSheet.Output] = "一百";
        var file = await WorkbookAsync(
            Row(code, P(1), 100),                                   // row 2: fine
            Row("91610902MA000000XX", P(1), 100),                   // row 3: unknown credit code
            Row(otherCode, Periods.AddMonths(Current, 1), 100),     // row 4: future
            negative,                                               // row 5: negative tax
            unreadable);                                            // row 6: not a number
        using var office = await App.ClientAsAsync("office");

        var (status, body) = await office.UploadAsync(file, "月报.xlsx");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = body.Issues();
        Assert.Equal([(3, ReportSheet.CreditCode), (4, ReportSheet.Period), (5, ReportSheet.Tax), (6, ReportSheet.Output)],
            errors.Select(e => (e.Row, e.Field)));
        Assert.Contains("不是数字", errors[3].Reason);
        Assert.Equal(0, await DbAsync(db => db.MonthlyReports.CountAsync(r => r.EnterpriseId == good || r.EnterpriseId == other, Ct)));
    }

    [Fact]
    public async Task Upload_of_a_csv_in_gb18030_is_read_like_the_workbook()
    {
        var (id, code) = await NewFirmAsync();
        var csv = new StringBuilder().AppendLine(CsvTable.Line(ReportSheet.Columns))
            .AppendLine(CsvTable.Line([code, "测试企业，含逗号", P(5).ToString(), "当月", "1,200.5", "1000", "-20", "30", "40", "5", "", "88"]));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var office = await App.ClientAsAsync("office");

        var (status, body) = await office.UploadAsync(Encoding.GetEncoding("GB18030").GetBytes(csv.ToString()), "月报.csv");

        Assert.True(status == HttpStatusCode.OK, body.ToString());
        var report = await DbAsync(db => db.MonthlyReports.SingleAsync(r => r.EnterpriseId == id, Ct));
        Assert.Equal((ReportInputKind.Monthly, 1200.5m, 1200.5m, -20m, 88, (decimal?)null), (report.InputKind, report.Output, report.OutputYtd, report.Profit, report.Employees, report.ValueAdded));
    }

    [Fact]
    public async Task Warning_needs_confirmation_and_the_confirmed_text_is_kept_on_the_report()
    {
        var (id, code) = await NewFirmAsync();
        using var office = await App.ClientAsAsync("office");
        await office.SubmitAsync(false, Item(code, P(1), 100), Item(code, P(2), 200), Item(code, P(3), 300));
        var file = await WorkbookAsync(Row(code, P(4), 2_500)); // 当月 2,200 against a mean of 100

        var (status, body) = await office.UploadAsync(file, "月报.xlsx");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("confirmation-required", body.GetProperty("code").GetString());
        var warning = body.Issues("warnings").First(w => w.Field == ReportSheet.Output);
        Assert.Equal(2, warning.Row);
        Assert.Contains("22倍", warning.Reason);
        Assert.Equal(0, await DbAsync(db => db.MonthlyReports.CountAsync(r => r.EnterpriseId == id && r.Period == P(4), Ct)));

        var (confirmed, result) = await office.UploadAsync(file, "月报.xlsx", confirm: true);

        Assert.Equal(HttpStatusCode.OK, confirmed);
        Assert.Equal(1, result.GetProperty("created").GetInt32());
        var report = await DbAsync(db => db.MonthlyReports.SingleAsync(r => r.EnterpriseId == id && r.Period == P(4), Ct));
        Assert.Contains("22倍", report.ConfirmedWarning);
        var batch = await DbAsync(db => db.ReportBatches.SingleAsync(b => b.Id == report.BatchId, Ct));
        Assert.Equal((1, ReportSource.Upload, "月报.xlsx"), (batch.ConfirmedWarnings, batch.Source, batch.FileName));
    }

    [Fact]
    public async Task Correction_bumps_the_version_writes_revisions_and_re_derives_the_later_months()
    {
        var (id, code) = await NewFirmAsync();
        using var office = await App.ClientAsAsync("office");
        // March is given as 当月 (its 本年累计 moves with February), April as 本年累计 (its 当月 moves).
        await office.SubmitAsync(false, Item(code, P(1), 100), Item(code, P(2), 200), Item(code, P(3), 100, ReportInputKind.Monthly), Item(code, P(4), 400));

        var (status, body) = await office.SubmitAsync(false, Item(code, P(2), 230, reason: "统计局反馈更正"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((1, 2), (body.GetProperty("updated").GetInt32(), body.GetProperty("rederived").GetInt32()));
        var rows = await DbAsync(db => db.MonthlyReports.Where(r => r.EnterpriseId == id).OrderBy(r => r.Period).ToListAsync(Ct));
        Assert.Equal([100m, 130m, 100m, 70m], rows.Select(r => r.Output));
        Assert.Equal([100m, 230m, 330m, 400m], rows.Select(r => r.OutputYtd));
        Assert.Equal([0, 1, 1, 1], rows.Select(r => r.Version));
        var revisions = await DbAsync(db => db.ReportRevisions.Where(r => r.EnterpriseId == id).OrderBy(r => r.Period).ToListAsync(Ct));
        Assert.Equal([P(2), P(3), P(4)], revisions.Select(r => r.Period));
        Assert.Equal("统计局反馈更正", revisions[0].Reason);
        Assert.Contains("重新推算", revisions[1].Reason);
        Assert.Equal(200m, ReportSnapshot.Parse(revisions[0].Before)!.Ytd.Output);
        Assert.Equal(230m, ReportSnapshot.Parse(revisions[0].After)!.Ytd.Output);

        using var chief = await App.ClientAsAsync("chief");
        var series = await (await chief.GetAsync($"/api/statistics/firms/{id}/reports", Ct)).ReadAsync<GetFirmReports.Detail>();
        Assert.Equal(4, series.Reports.Count);
        Assert.Contains("工业总产值 当月 100 → 130，本年累计 200 → 230", series.Revisions.Single(r => r.Period == P(2)).Changes);
    }

    [Fact]
    public async Task Concurrent_edit_of_one_report_refuses_the_stale_one_with_409()
    {
        var (id, code) = await NewFirmAsync();
        using var office = await App.ClientAsAsync("office");
        using var county = await App.ClientAsAsync("county");
        await office.SubmitAsync(false, Item(code, P(6), 500));
        var read = await DbAsync(db => db.MonthlyReports.Where(r => r.EnterpriseId == id).Select(r => r.Version).SingleAsync(Ct));

        var (first, _) = await office.SubmitAsync(false, Item(code, P(6), 510, version: read));
        var (second, problem) = await county.SubmitAsync(false, Item(code, P(6), 520, version: read));

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.Conflict, second);
        Assert.Contains("已被他人修改", problem.GetProperty("detail").GetString());
        Assert.Equal(510m, await DbAsync(db => db.MonthlyReports.Where(r => r.EnterpriseId == id).Select(r => r.OutputYtd).SingleAsync(Ct)));
        var (created, _) = await office.SubmitAsync(false, Item(code, P(7), 600, version: -1));
        var (duplicate, _) = await county.SubmitAsync(false, Item(code, P(7), 610, version: -1));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict), (created, duplicate));
    }

    [Fact]
    public async Task Api_errors_name_the_json_field_and_position_in_the_array()
    {
        var (_, code) = await NewFirmAsync();
        using var firm = await App.ClientAsAsync("office");
        var bad = Item(code, P(8), 100) with { InputKind = "季度" };
        var (status, body) = await firm.SubmitAsync(false, Item(code, P(8), 100) with { Tax = null }, bad, Item(code, 202613, 1));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal([(1, "tax"), (2, "period"), (2, "inputKind"), (3, "period")], body.Issues().Select(e => (e.Row, e.Field)));
        var (empty, _) = await firm.SubmitAsync(false);
        Assert.Equal(HttpStatusCode.BadRequest, empty);
    }

    [Fact]
    public async Task Reimport_of_the_demo_citys_last_month_for_every_firm_reads_every_figure_back_unchanged()
    {
        // More firms than the ledger lists in its query, so it selects by period alone; amounts come back from REAL or numeric exactly.
        var rows = await DbAsync(async db =>
        {
            // The demo's last month in the demo city (6109, the office's region); other tests add firms elsewhere and later months.
            var last = ChainChief.Tests.Cockpit.CockpitTestData.Last;
            return await db.MonthlyReports.Where(r => r.Period == last)
                .Join(db.Enterprises.Where(e => e.CountyCode.StartsWith("6109")), r => r.EnterpriseId, e => e.Id, (r, e) => new { e.CreditCode, Report = r }).ToListAsync(Ct);
        });
        Assert.True(rows.Count > 500, $"{rows.Count} reports");
        var file = await WorkbookAsync([.. rows.Select(r => ReportSheet.ToRow(r.CreditCode, "", r.Report.Period, r.Report.InputKind,
            r.Report.InputKind == ReportInputKind.YearToDate ? Amounts.YtdOf(r.Report) : Amounts.MonthlyOf(r.Report), r.Report.Employees))]);
        using var office = await App.ClientAsAsync("office");

        var (status, body) = await office.UploadAsync(file, "月报.xlsx");

        Assert.True(status == HttpStatusCode.OK, body.ToString());
        Assert.Equal((rows.Count, 0, 0, 0), (body.GetProperty("unchanged").GetInt32(), body.GetProperty("created").GetInt32(),
            body.GetProperty("updated").GetInt32(), body.GetProperty("rederived").GetInt32()));
    }

    [Theory]
    [InlineData(0.0, "0.00")]
    [InlineData(0.30000000000000004, "0.30")]
    [InlineData(-1234.56, "-1234.56")]
    [InlineData(1234.5599999999999, "1234.56")]
    [InlineData(98765432109.87, "98765432109.87")]
    public void Cents_turns_a_stored_double_back_into_the_decimal_with_two_places(double stored, string expected)
    {
        Assert.Equal(expected, ReportLedgerReader.Cents(stored).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

[Collection("statistics-sqlite")]
public sealed class SqliteReportIngestionTests(SqliteApp app) : ReportIngestionTests(app);

[Collection("statistics-postgres")]
public sealed class PostgresReportIngestionTests(PostgresApp app) : ReportIngestionTests(app);
