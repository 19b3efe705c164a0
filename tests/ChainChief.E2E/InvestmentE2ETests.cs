using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace ChainChief.E2E;

[Collection("browser")]
public sealed class InvestmentE2ETests(E2EFixture fx)
{
    [Fact]
    public async Task From_a_blank_node_the_office_picks_a_target_opens_a_lead_converts_it_to_a_project_and_advances_it()
    {
        var page = await fx.SignInAsync("office");
        await page.GoToInteractiveAsync(fx.BaseUrl + "/chains");
        await page.Locator("[data-chain='电子线束（信息）']").ClickAsync();
        var blank = page.Locator("svg [data-node-id][data-state='Blank']").Last;
        var nodeName = await blank.GetAttributeAsync("data-node-name");
        await blank.ClickAsync();
        await Expect(page.Locator("#node-panel-name")).ToHaveTextAsync(nodeName!);

        // The gap has no target yet: add one to the library from the node, prefilled with the chain and node.
        var firm = $"深圳示例精密连接器股份有限公司{Guid.NewGuid().ToString("N")[..4]}";
        await page.Locator("#node-panel").GetByText("新增目标企业").ClickAsync();
        await page.Locator("#target-edit-page[data-interactive='true']").WaitForAsync();
        await page.Locator("#te-name").FillAsync(firm);
        await PickAsync(page, "te-hq", "深圳", "广东省深圳市");
        await PickAsync(page, "te-industry", "3831", "3831");
        await page.ChooseAsync("te-tier", "上市公司");
        await page.ClickAsync("#te-submit");

        // Back on the map the node lists it, tagged for this node; open a lead from there.
        await page.WaitForURLAsync(new Regex("/chains/\\d+\\?node="));
        var target = page.Locator(".node-target", new() { HasText = firm });
        await Expect(target).ToContainTextAsync("指定环节");
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-node-targets.png"), FullPage = true });
        await target.Locator(".node-open-lead").ClickAsync();
        await page.Locator("#lead-edit-page[data-interactive='true']").WaitForAsync();
        await Expect(page.Locator("#le-target")).ToContainTextAsync(firm);
        await page.Locator("#le-leader").FillAsync("王副市长");
        await page.ClickAsync("#le-submit");

        // Work the lead to 研判, then convert it in one step.
        await page.WaitForURLAsync(new Regex("/investment/leads/\\d+$"));
        await page.Locator("#lead-page[data-interactive='true']").WaitForAsync();
        await Expect(page.Locator("#lead-stage")).ToHaveTextAsync("搜集");
        await page.ClickAsync("#lead-advance");
        await Expect(page.Locator("#lead-stage")).ToHaveTextAsync("筛选");
        await page.Locator("#lead-note").FillAsync("已与对方董事会秘书通话，对方有意在陕南设厂");
        await page.ClickAsync("#lead-advance");
        await Expect(page.Locator("#lead-stage")).ToHaveTextAsync("研判");
        await Expect(page.Locator("#lead-history")).ToContainTextAsync("对方有意在陕南设厂");
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-lead.png"), FullPage = true });
        await page.ClickAsync("#lead-convert");

        await page.Locator("#project-edit-page[data-interactive='true']").WaitForAsync();
        await Expect(page.Locator("#pe-investor")).ToHaveValueAsync(firm);
        await page.Locator("#pe-total").FillAsync("15000");
        await page.Locator("#pe-fixed").FillAsync("12000");
        await page.ClickAsync("#pe-submit");

        // The project starts at 洽谈 with the service level its size earns, and advances to 签约 with today's date.
        await page.WaitForURLAsync(new Regex("/projects/\\d+$"));
        await page.Locator("#project-page[data-interactive='true']").WaitForAsync();
        await Expect(page.Locator("#project-stage")).ToHaveTextAsync("洽谈");
        await Expect(page.Locator("#project-level")).ToHaveTextAsync("专员");
        await page.ClickAsync("#stage-submit");
        await Expect(page.Locator("#project-stage")).ToHaveTextAsync("签约");
        await Expect(page.Locator("#stage-history")).ToContainTextAsync("洽谈 → 签约");
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-project.png"), FullPage = true });

        // The lead is closed as converted and links to the project.
        await page.GetByText("来源线索").ClickAsync();
        await Expect(page.Locator("#lead-stage")).ToHaveTextAsync("已转项目");
        await Expect(page.Locator("#lead-project")).ToContainTextAsync(firm);
    }

    /// <summary>Types into an autocomplete and picks the suggestion; the list re-renders as results arrive, so a detached item is tried again.</summary>
    private static async Task PickAsync(Microsoft.Playwright.IPage page, string inputId, string text, string item)
    {
        await page.Locator($"#{inputId}").FillAsync(text);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = item }).First.ClickAsync(new() { Timeout = 5_000 });
                await Expect(page.Locator($"#{inputId}")).ToHaveValueAsync(new Regex(Regex.Escape(item)));
                return;
            }
            catch (Microsoft.Playwright.PlaywrightException) when (attempt < 3)
            {
                await page.Locator($"#{inputId}").FillAsync(text);
            }
        }
    }
}
