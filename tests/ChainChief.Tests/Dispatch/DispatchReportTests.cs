using System.Runtime.CompilerServices;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Features.Dispatch;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Features.Targets;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Extensions.DependencyInjection;
using static ChainChief.Tests.Cockpit.CockpitTestData;
using static ChainChief.Web.Features.Dispatch.DispatchFormat;

namespace ChainChief.Tests.Dispatch;

/// <summary>The 月调度 report on a hand-built prefecture: its tables, its summary sentences, its two files and its scope.</summary>
public abstract class DispatchReportTests(AppFixture fixture) : AppTests(fixture)
{
    // 延安市, two counties. Year to date (万元): A1 (宝塔区, chain A) 5,000,000 vs 4,000,000; B1 (安塞区, B) 3,000,000 vs
    // 3,000,000; B2 (安塞区, B) 1,000,000 vs 1,250,000. Total 9,000,000 vs 8,250,000: +9.09%; A +25% contributes
    // 1,000,000 ÷ 750,000 = 133.33% and pulls 1,000,000 ÷ 8,250,000 = 12.12 points; B −5.88%, −33.33%, −3.03 points.
    private const string Prefecture = "6106", Baota = "610602", Ansai = "610603";

    private sealed record World(int ChainA, int ChainB, string NameA, string NameB);

    private static readonly ConditionalWeakTable<AppFixture, Lazy<Task<World>>> Worlds = [];

    private Task<World> WorldAsync() => Worlds.GetValue(App, app => new Lazy<Task<World>>(() => SeedAsync(app))).Value;

    private static async Task<World> SeedAsync(AppFixture app)
    {
        await using var scope = app.Scope();
        await using var db = await app.DbAsync(scope);
        var a = await db.AddChainAsync("甲链", Prefecture);
        var b = await db.AddChainAsync("乙链", Prefecture);
        var a1 = await db.AddFirmAsync(Baota, null, "3831", EnterpriseScale.AboveScale, [a]);
        var b1 = await db.AddFirmAsync(Ansai, null, "3831", EnterpriseScale.AboveScale, [b]);
        var b2 = await db.AddFirmAsync(Ansai, null, "2710", EnterpriseScale.AboveScale, [b]);
        var yearAgo = Periods.YearAgo(Last);
        db.AddReport(a1, Last, 1_000_000, 5_000_000);
        db.AddReport(a1, yearAgo, 800_000, 4_000_000);
        db.AddReport(b1, Last, 500_000, 3_000_000);
        db.AddReport(b1, yearAgo, 500_000, 3_000_000);
        db.AddReport(b2, Last, 100_000, 1_000_000);
        db.AddReport(b2, yearAgo, 125_000, 1_250_000);
        // Annual value targets (万元): the city 10,800,000 (year to date 9,000,000 = 83.33%), 安塞区 5,000,000 (4,000,000 = 80%).
        db.Targets.Add(new Target { Name = "延安测试产值目标", Scope = TargetScope.City, RegionCode = Prefecture, Metric = Metric.Output, Kind = TargetKind.Value,
            StartYear = Periods.Year(Last), EndYear = Periods.Year(Last), TargetValue = 10_800_000 });
        db.Targets.Add(new Target { Name = "安塞测试产值目标", Scope = TargetScope.County, RegionCode = Ansai, Metric = Metric.Output, Kind = TargetKind.Value,
            StartYear = Periods.Year(Last), EndYear = Periods.Year(Last), TargetValue = 5_000_000 });
        await db.SaveChangesAsync();
        await app.ReportsWrittenAsync(Last, yearAgo);
        await app.Services.GetRequiredService<ChainChief.Web.Features.Alerts.RunAlerts>().RunAsync([Last], CancellationToken.None);
        var chains = db.Chains.Where(c => c.Id == a || c.Id == b).ToDictionary(c => c.Id, c => c.Name);
        return new World(a, b, chains[a], chains[b]);
    }

    private async Task<DispatchReport> ReportAsync(Actor actor)
    {
        await WorldAsync();
        return (await App.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<BuildDispatchReport>().HandleAsync(Last, actor, Ct))!;
    }

    private static string Span => Periods.Month(Last) == 1 ? "1月" : $"1—{Periods.Month(Last)}月";

    [Fact]
    public async Task Chain_and_county_tables_carry_hand_computed_growth_contribution_and_pull()
    {
        var world = await WorldAsync();
        var report = await ReportAsync(Official(Prefecture));
        Assert.Equal($"延安市{Periods.Label(Last)}工业经济运行月调度报告", report.Title);
        Assert.Equal(["overview", "chains", "counties", "targets", "alerts"], report.Tables.Select(t => t.Key));

        var chains = report.Tables[1];
        var a = chains.Rows.Single(r => (string)r.Cells[0]! == world.NameA);
        // 企业数, 当月产值, 累计产值, 同比, 贡献率, 拉动, 增长面, 累计营收, 营收同比 …
        Assert.Equal([1, 100m, 500m, 25m, 133.33m, 12.12m, 100m, 450m, 25m], a.Cells.Skip(1).Take(9));
        Assert.Equal($"/cockpit/chains/{world.ChainA}", a.Href);
        var b = chains.Rows.Single(r => (string)r.Cells[0]! == world.NameB);
        Assert.Equal([2, 60m, 400m, -5.88m, -33.33m, -3.03m, 0m], b.Cells.Skip(1).Take(7));
        var total = chains.Rows[^1];
        Assert.True(total.IsTotal);
        Assert.Equal(["合计", 3, 160m, 900m, 9.09m, 100m, 9.09m, 33.33m], total.Cells.Take(8));
        Assert.Equal("+12.1", chains.Text(a, 6));
        Assert.Equal("-5.9", chains.Text(b, 4));

        var counties = report.Tables[2];
        Assert.Equal(["宝塔区", "安塞区", "合计"], counties.Rows.Select(r => r.Cells[0]));
        Assert.Equal($"/cockpit/counties/{Ansai}", counties.Rows[1].Href);

        var overview = report.Tables[0];
        Assert.Equal(["工业总产值", "亿元", 160m, 12.28m, 900m, 9.09m, 33.33m], overview.Rows[0].Cells.Take(7));
        Assert.Equal(["从业人员", "人", 1_600_000], overview.Rows[^1].Cells.Take(3));
    }

    [Fact]
    public async Task Summary_reads_the_figures_as_the_meeting_says_them()
    {
        var world = await WorldAsync();
        var report = await ReportAsync(Official(Prefecture));
        Assert.StartsWith($"{Span}，延安市规上工业总产值900.00亿元，同比增长9.1%；营业收入810.00亿元，同比增长9.1%；", report.Summary[0]);
        Assert.Contains("增长面33.3%（1/3家）", report.Summary[0]);
        Assert.Equal($"2条产业链中1条产值同比增长，增速最快的是{world.NameA}（25.0%），贡献最大的是{world.NameA}（贡献率133.3%，拉动12.1个百分点）；"
            + $"{world.NameB}（-5.9%）同比下降。", report.Summary[1]);
        Assert.StartsWith("2个县区中1个产值同比增长，增速最快的是宝塔区（25.0%）", report.Summary[2]);
    }

    [Fact]
    public async Task Targets_table_sets_completion_against_time_progress_behind_first_and_the_summary_names_the_worst()
    {
        await WorldAsync();
        var report = await ReportAsync(Official(Prefecture));
        var table = report.Tables[3];
        Assert.Equal("四、目标任务完成情况", table.Title);
        Assert.Equal("五、预警企业", report.Tables[4].Title);
        var month = Periods.Month(Last);
        var time = TargetProgress.TimeProgress(month);
        var city = table.Rows.Single(r => (string)r.Cells[0]! == "延安测试产值目标");
        Assert.Equal(["延安市", "工业总产值", "亿元", $"{Periods.Year(Last)}年达到1,080.00亿元", 1080m, 900m, 83.33m, time, 83.33m - time,
            Yi(Math.Round(9_000_000m / (month / 12m), 2)), 83.33m < time ? "落后" : "达到或超过"], city.Cells.Skip(1));
        Assert.Equal($"/targets?period={Last}", city.Href);
        var ansai = table.Rows.Single(r => (string)r.Cells[0]! == "安塞测试产值目标");
        Assert.Equal(80m, ansai.Cells[7]);
        // Behind first, then the larger gap: 安塞 (80%) comes before the city (83.33%) in every month.
        Assert.Equal(["安塞测试产值目标", "延安测试产值目标"], table.Rows.Select(r => r.Cells[0]));
        var sentence = Assert.Single(report.Summary, l => l.StartsWith("目标任务", StringComparison.Ordinal));
        Assert.Equal(time > 83.33m
            ? $"目标任务2项，2项落后时间进度，差距最大的是安塞测试产值目标（落后{time - 80m:0.0#}个百分点）、延安测试产值目标（落后{time - 83.33m:0.0#}个百分点）。"
            : time > 80m ? $"目标任务2项，1项落后时间进度，差距最大的是安塞测试产值目标（落后{time - 80m:0.0#}个百分点）。"
            : "目标任务2项，均达到或超过时间进度。", sentence);
    }

    [Fact]
    public async Task A_county_officer_gets_the_report_of_their_county_only()
    {
        var world = await WorldAsync();
        var report = await ReportAsync(Official(Ansai, Roles.County));
        Assert.StartsWith("安塞区", report.Title);
        Assert.Equal([world.NameB, "合计"], report.Tables[1].Rows.Select(r => r.Cells[0]));
        Assert.Equal(["安塞区", "合计"], report.Tables[2].Rows.Select(r => r.Cells[0]));
        Assert.Equal(400m, report.Tables[0].Rows[0].Cells[4]);
        Assert.Equal(4, report.Summary.Count); // one county: no county ranking sentence; its target; its alerts
        // B2 fell 20% on the year (100,000 against 125,000 万元): the 20% rule's yellow alert, and no other firm of the county.
        Assert.Equal(["安塞测试产值目标"], report.Tables[3].Rows.Select(r => r.Cells[0]));
        var alert = Assert.Single(report.Tables[4].Rows);
        Assert.Equal(["安塞区", "产值同比下降", "黄色"], alert.Cells.Skip(1).Take(3));
        Assert.StartsWith("/alerts/", alert.Href);
        Assert.Equal("本月预警1条：黄色1条。", report.Summary[3]);
    }

    [Fact]
    public async Task Word_file_passes_schema_validation_and_Excel_keeps_numbers_as_numbers()
    {
        var world = await WorldAsync();
        var report = await ReportAsync(Official(Prefecture));
        using (var doc = WordprocessingDocument.Open(new MemoryStream(ExportDispatchReport.Document(report)), false))
        {
            var errors = new OpenXmlValidator().Validate(doc, Ct).Select(e => e.Description).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains(report.Title, text);
            Assert.Contains(report.Summary[1], text);
            Assert.Contains("二、重点产业链运行情况（本年累计）", text);
        }
        var xlsx = await ExportDispatchReport.WorkbookAsync(report, Ct);
        Assert.Equal(["概况", "主要指标", "产业链", "县区", "目标进度", "预警企业"], ExcelWorkbook.SheetNames(new MemoryStream(xlsx)));
        var chainSheet = ExcelWorkbook.ReadRows(new MemoryStream(xlsx), "产业链");
        var a = chainSheet.Single(r => r["产业链"] == world.NameA);
        Assert.Equal("500", a["累计产值(亿元)"]);
        Assert.Equal("133.33", a["贡献率(%)"]);
        Assert.Equal(report.Summary[0], ExcelWorkbook.ReadRows(new MemoryStream(xlsx), "概况")[3]["月调度报告"]);
    }

    [Fact]
    public async Task Files_download_over_the_api_and_a_month_without_statistics_is_not_found()
    {
        await WorldAsync();
        using var office = await App.ClientAsAsync("office");
        var docx = await office.GetAsync($"/api/dispatch/file?period={Last}&format=Docx", Ct);
        Assert.Equal(System.Net.HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".docx", docx.Content.Headers.ContentDisposition?.FileNameStar);
        var xlsx = await office.GetAsync($"/api/dispatch/file?period={Last}&format=Xlsx", Ct);
        Assert.Equal(ExcelWorkbook.ContentType, xlsx.Content.Headers.ContentType?.MediaType);
        var future = await office.GetAsync($"/api/dispatch?period={Periods.AddMonths(Last, 2)}", Ct);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, future.StatusCode);
    }
}

[Collection("sqlite")]
public sealed class SqliteDispatchReportTests(SqliteApp app) : DispatchReportTests(app);

[Collection("postgres")]
public sealed class PostgresDispatchReportTests(PostgresApp app) : DispatchReportTests(app);
