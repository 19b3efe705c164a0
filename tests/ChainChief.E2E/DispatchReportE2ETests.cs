using static Microsoft.Playwright.Assertions;

namespace ChainChief.E2E;

[Collection("browser")]
public sealed class DispatchReportE2ETests(E2EFixture fx)
{
    [Fact]
    public async Task Chief_opens_the_monthly_dispatch_report_and_downloads_it_as_Word_and_Excel()
    {
        var page = await fx.SignInAsync("chief");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "月调度报告" }).ClickAsync();
        await Expect(page.Locator("#dispatch-summary")).ToContainTextAsync("安康市规上工业总产值");
        await Expect(page.Locator("[data-table='chains'] tbody tr")).ToHaveCountAsync(10); // nine demo chains and 合计
        await Expect(page.Locator("[data-table='counties'] tbody tr").Last).ToContainTextAsync("合计");
        // The demo's 17 targets, those behind time progress first; the summary names the worst.
        await Expect(page.Locator("[data-table='targets'] tbody tr")).ToHaveCountAsync(17);
        await Expect(page.Locator("[data-table='targets'] tbody tr").First).ToContainTextAsync("落后");
        await Expect(page.Locator("#dispatch-summary")).ToContainTextAsync("项落后时间进度，差距最大的是");

        foreach (var (button, magic, extension) in new[] { ("#download-docx", "PK", ".docx"), ("#download-xlsx", "PK", ".xlsx") })
        {
            var href = await page.Locator(button).GetAttributeAsync("href");
            var response = await page.Context.APIRequest.GetAsync(fx.BaseUrl + href);
            Assert.Equal(200, response.Status);
            var body = await response.BodyAsync();
            Assert.Equal(magic, System.Text.Encoding.ASCII.GetString(body, 0, 2));
            Assert.Contains(extension, Uri.UnescapeDataString(response.Headers["content-disposition"]));
        }

        var firstCounty = page.Locator("[data-table='counties'] tbody tr a").First;
        var countyName = await firstCounty.TextContentAsync();
        Assert.Equal("汉滨区", countyName);
    }
}
