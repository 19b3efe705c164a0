using static Microsoft.Playwright.Assertions;

namespace ChainChief.E2E;

[Collection("browser")]
public sealed class AlertsE2ETests(E2EFixture fx)
{
    [Fact]
    public async Task Office_opens_a_new_alert_and_assigns_it_to_an_official()
    {
        var page = await fx.SignInAsync("office");
        await page.GoToInteractiveAsync(fx.BaseUrl + "/alerts?state=New");
        await Expect(page.Locator("#alert-counts")).ToContainTextAsync("红色");
        var first = page.Locator("#alert-table .alert-link").First;
        var firm = await first.TextContentAsync();
        await first.ClickAsync();

        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/alerts/\\d+$"));
        await E2EFixture.WaitInteractiveAsync(page);
        await Expect(page.Locator("#firm-link")).ToHaveTextAsync(firm!);
        await Expect(page.Locator(".alert-state")).ToHaveTextAsync("新预警");
        await Expect(page.Locator("#alert-months tbody tr")).ToHaveCountAsync(13);
        await page.ChooseAsync("assignee", "链长办 王主任");
        await page.ClickAsync("#assign");

        await Expect(page.Locator(".alert-state")).ToHaveTextAsync("已指派");
        await Expect(page.Locator("#alert-assignee")).ToContainTextAsync("链长办 王主任");
        await Expect(page.Locator("#alert-notes")).ToContainTextAsync("指派给链长办 王主任");
    }
}
