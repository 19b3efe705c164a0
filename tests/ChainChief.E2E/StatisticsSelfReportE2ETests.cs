using System.Globalization;
using System.Text.Json;
using ChainChief.Web.Features.Statistics;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChainChief.E2E;

[Collection("browser")]
public sealed class StatisticsSelfReportE2ETests(E2EFixture fx)
{
    [Fact]
    public async Task Firm_reports_this_month_as_monthly_figures_and_sees_the_year_to_date_derived()
    {
        var page = await fx.SignInAsync("firm");
        var last = await OwnReportAsync(page, E2EFixture.Last);
        var monthly = Math.Round(last.GetProperty("output").GetDecimal() * 1.05m, 1);

        await page.GoToInteractiveAsync(fx.BaseUrl + "/statistics/self-report", "#self-report-page");
        await Expect(page.Locator(".mud-select:has(#sr-period) [role=combobox]")).ToHaveTextAsync(Periods.Label(E2EFixture.Current));
        await page.ClickAsync("#sr-kind-monthly");
        await FillAsync(page, "output", monthly);
        foreach (var (field, json) in new[] { ("revenue", "revenue"), ("profit", "profit"), ("tax", "tax"), ("electricity", "electricityKwh10k"), ("rnd", "rnD") })
        {
            await FillAsync(page, field, last.GetProperty(json).GetDecimal());
        }
        await FillAsync(page, "employees", last.GetProperty("employees").GetInt32());
        // The office may have uploaded this month for every firm already: then the form is a correction and needs a reason.
        if (await page.Locator("#sr-existing").IsVisibleAsync())
        {
            await page.Locator("#sr-reason").FillAsync("企业按当月数重新填报");
        }
        await page.ClickAsync("#sr-submit");

        var row = page.Locator($"#firm-reports tr[data-period='{E2EFixture.Current}']");
        await Expect(row).ToContainTextAsync("企业填报");
        await Expect(row).ToContainTextAsync("当月");
        var ytd = last.GetProperty("outputYtd").GetDecimal() + monthly;
        await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync(monthly.ToString("#,0.##", CultureInfo.InvariantCulture));
        await Expect(row.Locator("td").Nth(3)).ToHaveTextAsync(ytd.ToString("#,0.##", CultureInfo.InvariantCulture));
        await Expect(page.Locator("#sr-existing")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-self-report-month.png"), FullPage = true });
    }

    [Fact]
    public async Task Firm_corrects_last_month_on_the_form_confirms_the_warning_and_sees_the_revision()
    {
        var page = await fx.SignInAsync("firm");
        await page.GoToInteractiveAsync(fx.BaseUrl + "/statistics/self-report", "#self-report-page");
        await page.ChooseAsync("sr-period", Periods.Label(E2EFixture.Last));
        var employees = page.Locator("#sr-employees");
        await Expect(employees).Not.ToHaveValueAsync("");
        var reported = int.Parse(await employees.InputValueAsync(), NumberStyles.Number, CultureInfo.InvariantCulture);
        await Expect(page.Locator("#sr-existing")).ToBeVisibleAsync();

        await employees.FillAsync((reported * 20).ToString(CultureInfo.InvariantCulture));
        await page.Locator("#sr-reason").FillAsync("人员统计口径调整");
        await page.ClickAsync("#sr-submit");
        await Expect(page.Locator("#sr-result")).ToContainTextAsync("10倍以上");
        await Expect(page.Locator("#report-issues")).ToContainTextAsync("从业人员");
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-self-report-warning.png"), FullPage = true });

        await page.ClickAsync("#sr-confirm");
        var revision = page.Locator("#firm-revisions tbody tr", new() { HasText = Periods.Label(E2EFixture.Last) }).First;
        await Expect(revision).ToContainTextAsync($"从业人员 {reported} → {reported * 20}");
        await Expect(revision).ToContainTextAsync("人员统计口径调整");
        await Expect(page.Locator($"#firm-reports tr[data-period='{E2EFixture.Last}']")).ToContainTextAsync("企业填报");
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-self-report-saved.png"), FullPage = true });
    }

    [Fact]
    public async Task Office_closes_last_month_and_reopens_it_with_reasons_shown_in_the_log()
    {
        var page = await fx.SignInAsync("office");
        await page.GoToInteractiveAsync(fx.BaseUrl + "/statistics/periods", "#periods-page");
        var row = page.Locator($"#period-table tr[data-period='{E2EFixture.Last}']");
        await Expect(row.Locator(".period-state")).ToHaveTextAsync("开放");

        await row.Locator(".period-close").ClickAsync();
        await page.Locator("#period-reason").FillAsync("上月数据已审定");
        await page.ClickAsync("#period-reason-ok");
        await Expect(row.Locator(".period-state")).ToHaveTextAsync("已关账");

        await row.Locator(".period-reopen").ClickAsync();
        await page.ClickAsync("#period-reason-ok");
        await Expect(page.GetByText("请填写原因（2至300个字）。")).ToBeVisibleAsync();
        await page.Locator("#period-reason").FillAsync("统计局反馈更正");
        await page.ClickAsync("#period-reason-ok");
        await Expect(row.Locator(".period-state")).ToHaveTextAsync("开放");
        var log = page.Locator("#period-events tbody tr");
        await Expect(log.Nth(0)).ToContainTextAsync("重新开放");
        await Expect(log.Nth(0)).ToContainTextAsync("统计局反馈更正");
        await Expect(log.Nth(1)).ToContainTextAsync("上月数据已审定");
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-periods.png"), FullPage = true });
    }

    /// <summary>The firm's own report of a month, read through the API with the browser's session (the firm sees only its own).</summary>
    private async Task<JsonElement> OwnReportAsync(IPage page, int period)
    {
        var response = await page.Context.APIRequest.GetAsync($"{fx.BaseUrl}/api/statistics/reports?period={period}");
        Assert.True(response.Ok, $"reports: {response.Status}");
        var items = (await response.JsonAsync())!.Value.GetProperty("items");
        Assert.Equal(1, items.GetArrayLength());
        return items[0];
    }

    private static Task FillAsync(IPage page, string field, decimal value) =>
        page.Locator($"#sr-{field}").FillAsync(value.ToString(CultureInfo.InvariantCulture));
}
