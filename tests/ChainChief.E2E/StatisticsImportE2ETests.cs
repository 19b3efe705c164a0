using System.Globalization;
using System.Text.Json;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChainChief.E2E;

[Collection("browser")]
public sealed class StatisticsImportE2ETests(E2EFixture fx)
{
    /// <summary>The open month: the demo city's statistics run to last month, so this month is the one to report.</summary>
    [Fact]
    public async Task Office_uploads_the_month_with_progress_confirms_it_and_the_month_reaches_targets_the_cockpit_and_an_assigned_alert()
    {
        var page = await fx.SignInAsync("office");
        await page.GoToInteractiveAsync(fx.BaseUrl + "/statistics/import", "#report-import-page");
        var template = await DownloadTemplateAsync(page);
        var rows = await NextMonthRowsAsync(page, template.Firms);
        var file = await WriteAsync(rows, $"月度报表{E2EFixture.Current}.xlsx");

        await PickAsync(page, file);
        var job = await StartAsync(page, "#report-import");
        // The demo city has one firm that stopped last month: zero output again is far below its history and needs confirming.
        await Expect(job).ToHaveAttributeAsync("data-state", "Completed", new() { Timeout = 60_000 });
        await Expect(page.Locator("#import-result")).ToContainTextAsync("尚未写入");
        await Expect(page.Locator("#report-issues .issue-warning").First).ToBeVisibleAsync();
        await Expect(page.Locator("#report-issues")).ToContainTextAsync("工业总产值（万元）");
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-statistics-confirm.png"), FullPage = true });

        // Leave for another page and come back through the menu: the upload is still there, waiting for confirmation.
        await page.GoToInteractiveAsync(fx.BaseUrl + "/statistics/reports");
        await page.ClickAsync("a[href='/statistics/import']");
        await Expect(page.Locator("#report-import-page")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(page.Locator("#import-job-file")).ToHaveTextAsync(Path.GetFileName(file));
        job = await StartAsync(page, "#report-confirm");
        await Expect(job).ToHaveAttributeAsync("data-state", "Completed", new() { Timeout = 60_000 });
        await Expect(page.Locator("#import-result")).ToContainTextAsync($"共读取{rows.Count}行");
        await Expect(page.Locator("#import-progress")).ToHaveAttributeAsync("data-value", "100");
        await Expect(page.Locator("#import-stage")).ToHaveTextAsync($"完成：共{rows.Count:N0}行");
        var jobs = page.Locator("#import-jobs tbody tr", new() { HasText = Path.GetFileName(file) });
        await Expect(jobs.Nth(0)).ToContainTextAsync("已导入");
        await Expect(jobs.Nth(1)).ToContainTextAsync("已确认");
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-statistics-imported.png"), FullPage = true });

        await page.GoToInteractiveAsync($"{fx.BaseUrl}/statistics/reports?period={E2EFixture.Current}");
        await Expect(page.Locator("#report-total")).ToHaveTextAsync($"共{rows.Count}条报表");
        var firm = page.Locator("#report-table .firm-link").First;
        var name = await firm.InnerTextAsync();
        await firm.ClickAsync();
        await Expect(page.Locator("#enterprise-name")).ToHaveTextAsync(name);
        await Expect(page.Locator($"#firm-reports tr[data-period='{E2EFixture.Current}']")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-statistics-firm.png"), FullPage = true });

        // The month reaches the leaders at once: targets are measured on it, the cockpit opens on it, and its alerts wait
        // to be handed to an official.
        await page.GoToInteractiveAsync(fx.BaseUrl + "/targets", "#targets-page");
        await Expect(page.Locator("#targets-summary")).ToContainTextAsync(Periods.Label(E2EFixture.Current));
        await page.GetByRole(AriaRole.Link, new() { Name = "驾驶舱" }).ClickAsync();
        await Expect(page.Locator("#cockpit-trend circle[data-series='本期']").Last).ToHaveAttributeAsync("data-period", E2EFixture.Current.ToString(CultureInfo.InvariantCulture));
        await E2EFixture.WaitInteractiveAsync(page);
        var alert = page.Locator("#cockpit-alerts .alert-panel-link").First;
        var alertFirm = await alert.TextContentAsync();
        await alert.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/alerts/\\d+$"));
        await E2EFixture.WaitInteractiveAsync(page);
        await Expect(page.Locator("#firm-link")).ToHaveTextAsync(alertFirm!);
        await Expect(page.Locator("#alert-message")).ToContainTextAsync(Periods.Label(E2EFixture.Current));
        await page.ChooseAsync("assignee", "链长办 王主任");
        await page.ClickAsync("#assign");
        await Expect(page.Locator(".alert-state")).ToHaveTextAsync("已指派");
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-month-to-alert.png"), FullPage = true });
    }

    [Fact]
    public async Task Office_uploads_a_file_with_bad_rows_sees_row_column_and_reason_and_nothing_is_written()
    {
        var page = await fx.SignInAsync("office");
        await page.GoToInteractiveAsync(fx.BaseUrl + "/statistics/import", "#report-import-page");
        var template = await DownloadTemplateAsync(page);
        var good = (await NextMonthRowsAsync(page, template.Firms)).Take(3).ToList();
        var before = await Task.WhenAll(good.Select(r => StoredAsync(page, (string)r[ReportSheet.CreditCode]!)));
        var negative = new Dictionary<string, object?>(good[1]) { [ReportSheet.Revenue] = -5m, [ReportSheet.Employees] = "约三百" };
        var rows = new List<Dictionary<string, object?>>
        {
            good[0],
            new(good[1]) { [ReportSheet.CreditCode] = "91610000MA0000000X" },
            negative,
            new(good[2]) { [ReportSheet.Period] = Periods.AddMonths(E2EFixture.Current, 1) },
            good[2],
        };
        await PickAsync(page, await WriteAsync(rows, "有错误的月报.xlsx"));
        var job = await StartAsync(page, "#report-import");
        await Expect(job).ToHaveAttributeAsync("data-state", "Completed", new() { Timeout = 60_000 });
        await Expect(page.Locator("#import-result")).ToContainTextAsync("未写入任何数据：5行中有3行有误");
        var issues = page.Locator("#report-issues tbody tr");
        await Expect(Issue(issues, 3, "统一社会信用代码")).ToContainTextAsync("系统中没有统一社会信用代码为“91610000MA0000000X”的企业");
        await Expect(Issue(issues, 4, "营业收入（万元）")).ToContainTextAsync("不能为负数（-5）");
        await Expect(Issue(issues, 4, "从业人员（人）")).ToContainTextAsync("“约三百”不是整数");
        await Expect(Issue(issues, 5, "统计期")).ToContainTextAsync("晚于当前月份");
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-statistics-bad-rows.png"), FullPage = true });

        var after = await Task.WhenAll(good.Select(r => StoredAsync(page, (string)r[ReportSheet.CreditCode]!)));
        Assert.Equal(before, after);
    }

    private static ILocator Issue(ILocator rows, int row, string column) =>
        rows.Filter(new() { Has = rows.Page.Locator($"td:nth-child(1):text-is('{row}')") })
            .Filter(new() { Has = rows.Page.Locator($"td:nth-child(2):text-is('{column}')") });

    private sealed record Template(IReadOnlyList<string> Columns, IReadOnlyList<string> Firms);

    /// <summary>Downloads the xlsx template from the page; checks its columns and returns the firms it lists to copy from.</summary>
    private static async Task<Template> DownloadTemplateAsync(IPage page)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#template-xlsx"));
        Assert.Equal("月度报表导入模板.xlsx", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        var columns = ExcelWorkbook.ReadTable(new MemoryStream(bytes)).First();
        Assert.Equal(ReportSheet.Columns, columns);
        var firms = ExcelWorkbook.ReadRows(new MemoryStream(bytes), "企业名单").Select(r => r[ReportSheet.CreditCode]).ToList();
        Assert.NotEmpty(firms);
        return new Template(columns, firms);
    }

    /// <summary>This month's row for every listed firm that reported last month, continuing its figures (本年累计), from the
    /// export of last month through the real API, as an officer would.</summary>
    private static async Task<List<Dictionary<string, object?>>> NextMonthRowsAsync(IPage page, IReadOnlyList<string> firms)
    {
        var response = await page.Context.APIRequest.GetAsync($"{BaseOf(page)}/api/statistics/reports/export?period={E2EFixture.Last}");
        Assert.True(response.Ok, $"export: {response.Status}");
        var listed = firms.ToHashSet();
        var exported = ExcelWorkbook.ReadRows(new MemoryStream(await response.BodyAsync())).Where(r => listed.Contains(r[ReportSheet.CreditCode]));
        static decimal Cell(Dictionary<string, string> row, string column) =>
            row[column] == "" ? 0 : decimal.Parse(row[column], CultureInfo.InvariantCulture);
        var rows = exported.Select(r =>
        {
            decimal Next(Metric m) => Cell(r, $"{StatisticsLabels.Of(m)}·当月（{StatisticsLabels.Unit(m)}）")
                + (Periods.Month(E2EFixture.Current) == 1 ? 0 : Cell(r, $"{StatisticsLabels.Of(m)}·本年累计（{StatisticsLabels.Unit(m)}）"));
            var ytd = new Amounts(Next(Metric.Output), Next(Metric.Revenue), Next(Metric.Profit), Next(Metric.Tax), Next(Metric.Electricity),
                Next(Metric.RnD), Next(Metric.ValueAdded));
            return ReportSheet.ToRow(r[ReportSheet.CreditCode], r[ReportSheet.Name], E2EFixture.Current, ReportInputKind.YearToDate, ytd,
                int.Parse(r[ReportSheet.Employees], CultureInfo.InvariantCulture));
        }).ToList();
        Assert.True(rows.Count > 100, $"{rows.Count} firms");
        return rows;
    }

    /// <summary>A firm's report of the open month as stored (version and figures), or "none".</summary>
    private static async Task<string> StoredAsync(IPage page, string creditCode)
    {
        var response = await page.Context.APIRequest.GetAsync($"{BaseOf(page)}/api/statistics/reports?period={E2EFixture.Current}&q={creditCode}");
        var items = (await response.JsonAsync())!.Value.GetProperty("items");
        return items.GetArrayLength() == 0 ? "none" : JsonSerializer.Serialize(items[0]);
    }

    private static async Task<string> WriteAsync(IEnumerable<Dictionary<string, object?>> rows, string name)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("chainchief-e2e-").FullName, name);
        await File.WriteAllBytesAsync(path, await ExcelWorkbook.WriteAsync(new Dictionary<string, IEnumerable<IDictionary<string, object?>>>
        {
            ["月度报表"] = rows,
        }, CancellationToken.None));
        return path;
    }

    /// <summary>Clicks a button that starts an import job and returns the panel of that new job (the page may have shown an earlier one).</summary>
    private static async Task<ILocator> StartAsync(IPage page, string button)
    {
        var panel = page.Locator("#import-job");
        var earlier = await panel.CountAsync() > 0 ? await panel.GetAttributeAsync("data-job") : "none";
        await page.ClickAsync(button);
        await Expect(panel).ToBeVisibleAsync();
        await Expect(panel).Not.ToHaveAttributeAsync("data-job", earlier!);
        return page.Locator($"#import-job[data-job='{await panel.GetAttributeAsync("data-job")}']");
    }

    private static async Task PickAsync(IPage page, string path)
    {
        await page.Locator("#report-file").SetInputFilesAsync(path);
        await Expect(page.Locator("#report-file-name")).ToHaveTextAsync(Path.GetFileName(path));
    }

    private static string BaseOf(IPage page) => new Uri(page.Url).GetLeftPart(UriPartial.Authority);
}
