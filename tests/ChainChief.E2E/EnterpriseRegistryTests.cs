using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace ChainChief.E2E;

[Collection("browser")]
public sealed class EnterpriseRegistryTests(E2EFixture fx)
{
    [Fact]
    public async Task Office_filters_by_county_edits_a_firm_sees_the_change_in_history_and_a_bad_credit_code_is_refused_in_Chinese()
    {
        var page = await fx.SignInAsync("office");
        await Expect(page.Locator("#current-user")).ToHaveTextAsync("链长办 王主任");

        await page.GoToInteractiveAsync(fx.BaseUrl + "/enterprises");
        await Expect(page.Locator("#enterprise-table tbody tr").First).ToBeVisibleAsync();
        await page.ChooseAsync("filter-region", "汉阴县");
        await page.WaitForURLAsync(new Regex("region=610921"));
        var rows = page.Locator("#enterprise-table tbody tr");
        await Expect(rows.First.Locator("td").Nth(2)).ToHaveTextAsync("汉阴县");
        Assert.All(await rows.Locator("td:nth-child(3)").AllInnerTextsAsync(), county => Assert.Equal("汉阴县", county));
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-enterprises.png"), FullPage = true });

        var link = rows.First.Locator(".enterprise-link");
        var name = await link.InnerTextAsync();
        await link.ClickAsync();
        await Expect(page.Locator("#enterprise-name")).ToHaveTextAsync(name);

        await page.ClickAsync("#edit-enterprise");
        var employees = page.Locator("#f-employees");
        await Expect(employees).ToBeVisibleAsync();
        await employees.FillAsync("4321");
        await page.ClickAsync("#save-enterprise");
        await page.WaitForURLAsync(new Regex(@"/enterprises/\d+\?tab=3$"));
        var history = page.Locator(".audit-table");
        await Expect(history).ToContainTextAsync("从业人员");
        await Expect(history).ToContainTextAsync("4321");
        await Expect(history).ToContainTextAsync("链长办 王主任");
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-history.png"), FullPage = true });

        await page.GetByText("基本档案").ClickAsync();
        await Expect(page.Locator("#profile-employees")).ToHaveTextAsync("4,321");

        await page.ClickAsync("#edit-enterprise");
        var code = page.Locator("#f-credit-code");
        await Expect(code).ToBeVisibleAsync();
        var original = await code.InputValueAsync();
        var wrongCheck = original[..17] + (original[17] == '0' ? '1' : '0');
        await code.FillAsync(wrongCheck);
        await page.ClickAsync("#save-enterprise");
        await Expect(page.GetByText("统一社会信用代码校验位不正确，请核对")).ToBeVisibleAsync();
        Assert.Contains("/edit", page.Url);
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-bad-code.png"), FullPage = true });
    }
}
