using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace ChainChief.E2E;

[Collection("browser")]
public sealed class LadderE2ETests(E2EFixture fx)
{
    [Fact]
    public async Task Office_opens_the_ladder_sees_the_demo_pool_firm_150_short_and_its_tier_gaps()
    {
        var page = await fx.SignInAsync("office");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "培育梯度" }).ClickAsync();
        await Expect(page.Locator("#ladder-page")).ToHaveAttributeAsync("data-interactive", "true");

        // The demo's 汉滨区 firm at 1,850万 trailing revenue: 150万 short of the 规上 line.
        var row = page.Locator("#pool-table tbody tr", new() { HasText = "1,850" });
        await Expect(row.Locator(".ladder-gap")).ToHaveTextAsync("150");
        await Expect(row).ToContainTextAsync("接近规上标准");
        await Expect(page.Locator("#pool-export")).ToHaveAttributeAsync("href", "/api/ladder/pool/export");
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-ladder-pool.png"), FullPage = true });

        // Tier candidates name the gap in words.
        await page.GetByRole(Microsoft.Playwright.AriaRole.Tab, new() { Name = "梯度培育对象" }).ClickAsync();
        await Expect(page.Locator("#tiers-table")).ToContainTextAsync("低于 3% 的要求");

        // Another county's pool does not list the 汉滨区 firm; the export follows the filter.
        await page.GoToInteractiveAsync(fx.BaseUrl + "/ladder?county=610921", "#ladder-page");
        await Expect(page.Locator("#ladder-county")).ToHaveValueAsync("汉阴县");
        await Expect(page.Locator("#pool-export")).ToHaveAttributeAsync("href", "/api/ladder/pool/export?county=610921");
        await Expect(page.Locator("#pool-table tbody tr", new() { HasText = "1,850" })).ToHaveCountAsync(0);
        await page.GoToInteractiveAsync(fx.BaseUrl + "/ladder", "#ladder-page");

        // The firm's own page shows the signal and its tiers.
        await row.Locator("a").ClickAsync();
        await page.WaitForURLAsync(new Regex("/enterprises/\\d+\\?tab=5$"));
        await Expect(page.Locator("#ladder-signal")).ToContainTextAsync("差 150 万元");
        await Expect(page.Locator("#firm-ladder")).ToContainTextAsync("专精特新中小企业");
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-ladder-firm.png"), FullPage = true });
    }
}
