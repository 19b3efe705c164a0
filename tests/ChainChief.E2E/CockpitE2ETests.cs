using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChainChief.E2E;

[Collection("browser")]
public sealed class CockpitE2ETests(E2EFixture fx)
{
    /// <summary>The demo's last month: pinned, because the upload test adds this month for part of the firms.</summary>
    [Fact]
    public async Task Chief_sees_the_charts_render_and_drills_from_the_map_the_ranking_and_a_card()
    {
        var page = await fx.SignInAsync("chief");
        await page.GetByRole(AriaRole.Link, new() { Name = "驾驶舱" }).ClickAsync();
        await Expect(page.Locator("#cockpit-title")).ToContainTextAsync("安康市");
        await page.GoToInteractiveAsync($"{fx.BaseUrl}/cockpit?period={E2EFixture.Last}");
        var counties = page.Locator("#cockpit-map svg g[data-region-code]");
        await Expect(counties).ToHaveCountAsync(10); // 安康's ten counties, drawn from their real boundaries
        await Expect(page.Locator("#cockpit-map svg g[data-region-code] path").First).ToHaveAttributeAsync("d", new System.Text.RegularExpressions.Regex("^M[0-9.]+,[0-9.]+L[0-9.]+,[0-9.]+ "));
        await Expect(page.Locator("#cockpit-trend circle[data-series='本期']")).ToHaveCountAsync(36);
        await Expect(page.Locator("#cockpit-targets .target-gauge")).ToHaveCountAsync(4); // the city's four targets
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-cockpit.png"), FullPage = true });

        // Each chain bar carries the API's 同口径 growth for the same month.
        var period = await page.Locator("#cockpit-trend circle[data-series='本期']").Last.GetAttributeAsync("data-period");
        var api = await page.Context.APIRequest.GetAsync($"{fx.BaseUrl}/api/cockpit/breakdown?period={period}&dimension=Chain&basis=YearToDate");
        var rows = (await api.JsonAsync())!.Value.GetProperty("rows").EnumerateArray().ToList();
        var bars = page.Locator("#cockpit-chains g[data-bar-key]");
        await Expect(bars).ToHaveCountAsync(rows.Count);
        var first = rows.OrderByDescending(r => r.GetProperty("figures").GetProperty("growth").GetDecimal()).First();
        var growth = first.GetProperty("figures").GetProperty("growth").GetDecimal();
        var bar = page.Locator($"#cockpit-chains g[data-bar-key='{first.GetProperty("key").GetString()}']");
        await Expect(bar).ToContainTextAsync((growth > 0 ? "+" : "−") + Math.Abs(growth).ToString("N1", CultureInfo.InvariantCulture) + "%");

        // The map → the county's cockpit.
        await page.Locator("#cockpit-map g[data-region-code='610921']").ClickAsync();
        await Expect(page.Locator("#cockpit-title")).ToContainTextAsync("汉阴县");
        await Expect(page.Locator("#cockpit-map g[data-region-code='610921'] path")).ToHaveAttributeAsync("stroke", "#000000");

        // A chain bar → the chain's cockpit with its links; a card → the firms behind it.
        await page.GoToInteractiveAsync($"{fx.BaseUrl}/cockpit?period={period}");
        await page.Locator($"#cockpit-chains g[data-bar-key='{first.GetProperty("key").GetString()}']").ClickAsync();
        await Expect(page.Locator("#cockpit-title")).ToContainTextAsync(first.GetProperty("label").GetString()!);
        await Expect(page.Locator("#cockpit-nodes g[data-bar-key]").First).ToBeVisibleAsync();
        await page.Locator("[data-kpi='Output-YearToDate'] a").ClickAsync();
        await Expect(page.Locator("#figure-firms tbody tr").First).ToBeVisibleAsync();
        await Expect(page.Locator("#figure-summary")).ToContainTextAsync("工业总产值本年累计");
    }

    [Fact]
    public async Task Chief_analyses_by_park_and_by_division_and_opens_the_firms_behind_a_row()
    {
        var page = await fx.SignInAsync("chief");
        await page.GoToInteractiveAsync($"{fx.BaseUrl}/cockpit?period={E2EFixture.Last}");
        await page.Locator("#cockpit-breakdown").ClickAsync();
        await Expect(page.Locator("#breakdown-page")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(page.Locator("#breakdown-table th").First).ToHaveTextAsync("园区");
        await Expect(page.Locator("#breakdown-table tr.breakdown-row").First).ToBeVisibleAsync();

        // By GB/T 4754 division every firm falls in exactly one row: the rows' firm counts add up to the total's.
        await page.ChooseAsync("breakdown-dimension", "行业大类");
        await Expect(page.Locator("#breakdown-table th").First).ToHaveTextAsync("行业大类");
        var counts = await page.Locator("#breakdown-table tr.breakdown-row td:last-child").AllInnerTextsAsync();
        var total = await page.Locator("#breakdown-table tr.breakdown-total td:last-child").InnerTextAsync();
        Assert.True(counts.Count > 3);
        Assert.Equal(int.Parse(total.Replace(",", ""), CultureInfo.InvariantCulture), counts.Sum(c => int.Parse(c.Replace(",", ""), CultureInfo.InvariantCulture)));
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-breakdown.png"), FullPage = true });

        var row = page.Locator("#breakdown-table tr.breakdown-row").First;
        var label = await row.Locator(".breakdown-link").InnerTextAsync();
        var firms = await row.Locator("td:last-child").InnerTextAsync();
        await row.Locator(".breakdown-link").ClickAsync();
        await Expect(page.Locator("#figure-title")).ToContainTextAsync(label);
        await Expect(page.Locator("#figure-summary")).ToContainTextAsync($"{firms} 家");
    }

    [Fact]
    public async Task A_county_officer_sees_only_their_county()
    {
        var page = await fx.SignInAsync("county");
        await page.GoToInteractiveAsync($"{fx.BaseUrl}/cockpit?period={E2EFixture.Last}");
        await Expect(page.Locator("#cockpit-title")).ToContainTextAsync("汉滨区");
        var shaded = page.Locator("#cockpit-map g[data-region-code]:not([data-growth-step='none'])");
        await Expect(shaded).ToHaveCountAsync(1);
        await Expect(shaded).ToHaveAttributeAsync("data-region-code", "610902");
        await Expect(page.Locator("#cockpit-counties")).ToHaveCountAsync(0);

        // The county's target as a gauge: completion with the time-progress mark; it opens the target list.
        var gauge = page.Locator("#cockpit-targets .target-gauge [data-chart='gauge']");
        await Expect(gauge).ToHaveCountAsync(1);
        await Expect(gauge).ToHaveAttributeAsync("data-gauge-state", new System.Text.RegularExpressions.Regex("^(ahead|behind)$"));
        await Expect(gauge.Locator("[data-gauge-arc='marker']")).ToHaveCountAsync(1);
        await gauge.ClickAsync();
        await Expect(page.Locator("#targets-page")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(page.Locator("#target-table .target-scope").First).ToHaveTextAsync("汉滨区");
    }
}
