using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChainChief.E2E;

[Collection("browser")]
public sealed class IncentivesE2ETests(E2EFixture fx)
{
    [Fact]
    public async Task The_office_writes_publishes_matches_awards_and_pays_an_automatic_policy_and_the_firm_sees_the_award_with_its_criteria()
    {
        var title = $"汉滨区规上工业企业稳产奖励{Guid.NewGuid().ToString("N")[..6]}";
        var page = await fx.SignInAsync("office");

        // The form: 汉滨区 AND 规上, a flat 8 万元 paid without application.
        await page.GoToInteractiveAsync(fx.BaseUrl + "/policies/new", "#policy-edit-page");
        await page.Locator("#pf-title").FillAsync(title);
        await page.Locator("#pf-issuer").FillAsync("安康市人民政府");
        await page.Locator("#pf-docno").FillAsync("安政发〔2026〕8号");
        await page.ClickAsync("#rule-add-cond-0");
        await page.ClickAsync("#rule-add-cond-0");
        await page.ChooseAsync("cond-fact-1", "所在地区");
        await PickAllAsync(page, "cond-values-1", "汉滨区");
        await page.ChooseAsync("cond-fact-2", "企业规模");
        await PickAllAsync(page, "cond-values-2", "规上");
        await page.Locator("#pf-formula-amount").FillAsync("8");
        await page.Locator("#pf-formula-amount").BlurAsync();
        await Expect(page.Locator("#pf-preview")).ToContainTextAsync("所在地区属于汉滨区");
        await Expect(page.Locator("#pf-preview")).ToContainTextAsync("定额 8 万元");
        await page.ClickAsync("#pf-submit");

        // Published with confirmation; a run started from the runs page is followed to its end.
        await page.WaitForURLAsync(new Regex("/policies/\\d+$"));
        var policyUrl = page.Url;
        await page.Locator("#policy-page[data-interactive='true']").WaitForAsync();
        await Expect(page.Locator("#policy-status")).ToHaveTextAsync("草稿");
        await Expect(page.Locator("#policy-rule")).ToContainTextAsync("企业规模属于规上");

        // Edited once with a note: the form reloads the rule and the save makes revision 2.
        await page.ClickAsync("#policy-edit");
        await page.Locator("#policy-edit-page[data-interactive='true']").WaitForAsync();
        await Expect(page.Locator("#pf-preview")).ToContainTextAsync("所在地区属于汉滨区");
        await page.Locator("#pf-summary").FillAsync("对汉滨区规上工业企业给予一次性稳产奖励。");
        await page.Locator("#pf-note").FillAsync("补充政策摘要");
        await page.Locator("#pf-note").BlurAsync();
        await page.ClickAsync("#pf-submit");
        await page.WaitForURLAsync(new Regex("/policies/\\d+$"));
        await page.Locator("#policy-page[data-interactive='true']").WaitForAsync();
        await Expect(page.Locator("#policy-page")).ToContainTextAsync("第2版");
        await page.ClickAsync("#policy-to-Active");
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();
        await Expect(page.Locator("#policy-status")).ToHaveTextAsync("执行中");

        await page.GoToInteractiveAsync(fx.BaseUrl + "/policies/runs", "#runs-page");
        await page.ClickAsync("#runs-start");
        await Expect(page.Locator("#matching-job")).ToHaveAttributeAsync("data-state", "Completed", new() { Timeout = 60_000 });
        await Expect(page.Locator("#matching-result")).ToContainTextAsync("已完成");
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-policy-runs.png"), FullPage = true });

        // The award batch: drawn up from the matches, approved, paid.
        await page.GoToInteractiveAsync(policyUrl + "?tab=1", "#policy-page");
        await Expect(page.Locator("#batch-table")).ToBeVisibleAsync();
        await page.ClickAsync("#batch-create");
        await page.WaitForURLAsync(new Regex("/policies/batches/\\d+$"));
        await page.Locator("#batch-page[data-interactive='true']").WaitForAsync();
        await Expect(page.Locator("#batch-status")).ToHaveTextAsync("待审核");
        await Expect(page.Locator(".award-row").First.Locator(".criterion").First).ToContainTextAsync("✓");
        await page.ClickAsync("#batch-approve");
        await Expect(page.Locator("#batch-status")).ToHaveTextAsync("已审核");
        await page.Locator("#pay-voucher").FillAsync("PZ2026-0815");
        await page.Locator("#pay-voucher").BlurAsync();
        await page.ClickAsync("#pay-submit");
        await Expect(page.Locator("#batch-status")).ToHaveTextAsync("已全部拨付");
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-award-batch.png"), FullPage = true });

        // In the library every eligible firm of the policy has had the money: 应享尽享 100%.
        await page.GoToInteractiveAsync(fx.BaseUrl + "/policies?q=" + Uri.EscapeDataString(title), "#policies-page");
        var row = page.Locator("#policy-table tbody tr", new() { HasText = title });
        await Expect(row).ToContainTextAsync("100%");
        await Expect(page.Locator("#enjoyment .fig-paid")).Not.ToHaveTextAsync("0");
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-policy-library.png"), FullPage = true });

        // The firm sees the policy, why it qualifies, and the money paid.
        var firm = await fx.SignInAsync("firm");
        await firm.GetByRole(AriaRole.Link, new() { Name = "可享政策" }).ClickAsync();
        await firm.Locator("#my-policies-page[data-interactive='true']").WaitForAsync();
        var card = firm.Locator(".firm-policy", new() { HasText = title });
        await Expect(card.Locator(".firm-policy-verdict")).ToHaveTextAsync("符合条件");
        await Expect(card.Locator(".firm-award")).ToContainTextAsync("已拨付");
        await Expect(card.Locator(".firm-award")).ToContainTextAsync("PZ2026-0815");
        await Expect(card.Locator(".criterion-text", new() { HasText = "所在地区" })).ToContainTextAsync("✓");
        await Expect(card.Locator(".criterion-text", new() { HasText = "企业规模" })).ToContainTextAsync("✓");
        await firm.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("兑现记录") }).ClickAsync();
        var award = firm.Locator(".firm-award-row", new() { HasText = title });
        await Expect(award.Locator(".firm-award-status")).ToContainTextAsync("已拨付");
        await Expect(award.Locator(".criterion").First).ToContainTextAsync("✓");
        await firm.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-my-policies.png"), FullPage = true });
    }

    [Fact]
    public async Task The_firm_applies_for_a_fast_track_policy_the_office_approves_it_and_the_firm_sees_the_award_waiting_for_payment()
    {
        var title = $"汉滨区企业快申快享用工补贴{Guid.NewGuid().ToString("N")[..6]}";
        var page = await fx.SignInAsync("office");
        await page.GoToInteractiveAsync(fx.BaseUrl + "/policies/new", "#policy-edit-page");
        await page.Locator("#pf-title").FillAsync(title);
        await page.Locator("#pf-issuer").FillAsync("安康市人力资源和社会保障局");
        await page.Locator("#pf-docno").FillAsync("安人社发〔2026〕3号");
        await page.ChooseAsync("pf-mode", "快申快享");
        await page.Locator("#pf-days").FillAsync("20");
        await page.ClickAsync("#rule-add-cond-0");
        await page.ChooseAsync("cond-fact-1", "所在地区");
        await PickAllAsync(page, "cond-values-1", "汉滨区");
        await page.Locator("#pf-formula-amount").FillAsync("5");
        await page.Locator("#pf-formula-amount").BlurAsync();
        await page.ClickAsync("#pf-submit");
        await page.WaitForURLAsync(new Regex("/policies/\\d+$"));
        await page.Locator("#policy-page[data-interactive='true']").WaitForAsync();
        await page.ClickAsync("#policy-to-Active");
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();
        await Expect(page.Locator("#policy-status")).ToHaveTextAsync("执行中");

        // The firm qualifies on its own figures and applies with a note; the decision is due in 20 working days.
        var firm = await fx.SignInAsync("firm");
        await firm.GoToInteractiveAsync(fx.BaseUrl + "/my/policies", "#my-policies-page");
        var card = firm.Locator(".firm-policy", new() { HasText = title });
        await Expect(card.Locator(".firm-policy-verdict")).ToHaveTextAsync("符合条件");
        await card.Locator(".apply-note input").FillAsync("本企业2025年新增就业岗位36个");
        await card.Locator(".apply-note input").BlurAsync();
        await card.Locator(".apply-button").ClickAsync();
        await Expect(card.Locator(".firm-application")).ToContainTextAsync("待办理");
        await Expect(card.Locator(".firm-application")).ToContainTextAsync("前办结");

        // The office approves it in the applications list.
        await page.GoToInteractiveAsync(fx.BaseUrl + "/policies/applications", "#applications-page");
        var row = page.Locator("#application-table tbody tr", new() { HasText = title });
        await Expect(row).ToContainTextAsync("本企业2025年新增就业岗位36个");
        await row.Locator(".application-approve").ClickAsync();
        await Expect(row).ToContainTextAsync("已批准");

        await firm.ReloadAsync();
        await firm.Locator("#my-policies-page[data-interactive='true']").WaitForAsync();
        await Expect(card.Locator(".firm-award")).ToContainTextAsync("已审核待拨付");
        await Expect(card.Locator(".firm-application")).ToContainTextAsync("已批准");
    }

    /// <summary>Ticks items of a multi-select (by the id of its input) and closes its list; the rule in words then names them.</summary>
    private static async Task PickAllAsync(IPage page, string selectId, params string[] items)
    {
        var select = page.Locator($".mud-select:has(#{selectId}) [role=combobox]");
        await select.ClickAsync();
        foreach (var item in items)
        {
            await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = item }).First.ClickAsync();
        }
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("#pf-preview")).ToContainTextAsync(items[0]);
    }
}
