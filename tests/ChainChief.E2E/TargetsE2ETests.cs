using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChainChief.E2E;

[Collection("browser")]
public sealed class TargetsE2ETests(E2EFixture fx)
{
    [Fact]
    public async Task Office_sees_targets_against_time_progress_filters_the_behind_ones_sets_edits_and_deletes_a_target()
    {
        var page = await fx.SignInAsync("office");
        await page.GetByRole(AriaRole.Link, new() { Name = "目标任务" }).ClickAsync();
        await Expect(page.Locator("#targets-page")).ToHaveAttributeAsync("data-interactive", "true");
        // The demo's last month (the upload test adds this month for part of the firms).
        await page.GoToInteractiveAsync($"{fx.BaseUrl}/targets?period={E2EFixture.Last}", "#targets-page");
        // The demo city's targets, most behind time progress, each with its bar and time-progress mark.
        await Expect(page.Locator("#target-table tr[data-behind='true'] .target-bar").First).ToBeVisibleAsync();
        await Expect(page.Locator("#target-table tr[data-behind='true'] .target-gap").First).ToContainTextAsync("落后");
        await Expect(page.Locator("#targets-summary")).ToContainTextAsync("项落后时间进度");
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-targets.png"), FullPage = true });

        // A new target for one county: a growth above 200% is refused with the reason next to the field; a value target
        // far below the county's output is ahead of time progress.
        var name = $"浏览器测试目标{Guid.NewGuid():N}"[..16];
        await page.Locator("#target-new").ClickAsync();
        await page.Locator("#tg-name").FillAsync(name);
        await page.ChooseAsync("tg-scope", "县区");
        await page.ChooseAsync("tg-region", "汉阴县");
        await page.Locator("#tg-value").FillAsync("300");
        await page.Locator("#tg-save").ClickAsync();
        await Expect(page.Locator(".mud-dialog")).ToContainTextAsync("增速应在 -50% 至 200% 之间");
        await page.ChooseAsync("tg-kind", "总量目标");
        await page.Locator("#tg-value").FillAsync("1000");
        await page.Locator("#tg-save").ClickAsync();
        var row = page.Locator("#target-table tbody tr", new() { HasText = name });
        await Expect(row).ToContainTextAsync("年达到1,000");
        await Expect(row).ToHaveAttributeAsync("data-behind", "false");
        await Expect(row.Locator(".target-scope")).ToHaveTextAsync("汉阴县");
        await Expect(row.Locator(".target-gap")).ToContainTextAsync("超前");

        // Behind only: the new target is gone and every row left is behind.
        await page.Locator("#targets-behind").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("behind=true"));
        await Expect(row).ToHaveCountAsync(0);
        await Expect(page.Locator("#target-table tr[data-behind='false']")).ToHaveCountAsync(0);
        await Expect(page.Locator("#target-table tr[data-behind='true']").First).ToBeVisibleAsync();
        await page.Locator("#targets-behind").ClickAsync();
        await Expect(row).ToHaveCountAsync(1);

        // Edited into a growth target of 12%: the row follows.
        await row.Locator(".target-edit").ClickAsync();
        await page.ChooseAsync("tg-kind", "增速目标");
        await page.Locator("#tg-value").FillAsync("12");
        await page.Locator("#tg-save").ClickAsync();
        await Expect(row).ToContainTextAsync("比上年增长12%");
        await Expect(row.Locator(".target-gap")).ToContainTextAsync("个百分点");

        // The county opens its cockpit.
        await row.Locator(".target-scope").ClickAsync();
        await Expect(page.Locator("#cockpit-title")).ToContainTextAsync("汉阴县");
        await page.GoToInteractiveAsync($"{fx.BaseUrl}/targets?period={E2EFixture.Last}", "#targets-page");
        await row.Locator(".target-delete").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "删除" }).ClickAsync();
        await Expect(row).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_county_officer_sees_only_their_county_targets_and_cannot_set_any()
    {
        var page = await fx.SignInAsync("county");
        await page.GoToInteractiveAsync(fx.BaseUrl + "/targets", "#targets-page");
        var scopes = page.Locator("#target-table .target-scope");
        await Expect(scopes.First).ToBeVisibleAsync();
        foreach (var text in await scopes.AllInnerTextsAsync())
        {
            Assert.Equal("汉滨区", text);
        }
        await Expect(page.Locator("#target-new")).ToHaveCountAsync(0);
        await Expect(page.Locator(".target-edit")).ToHaveCountAsync(0);
    }
}
