using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChainChief.E2E;

/// <summary>The service desk around appeals: a liaison's visit turning a problem into an appeal, the inbox, the cockpit's overdue list.</summary>
[Collection("browser")]
public sealed class ServiceE2ETests(E2EFixture fx)
{
    [Fact]
    public async Task A_liaison_visits_an_overdue_firm_files_its_problem_as_an_appeal_and_both_land_on_the_service_ledger()
    {
        var problem = $"环保设备改造资金缺口约200万元{Guid.NewGuid():N}"[..24];
        var county = await fx.SignInAsync("county");
        await county.GoToInteractiveAsync(fx.BaseUrl + "/visits", "#visits-page");
        var overdue = county.Locator("#visits-due tr[data-overdue='true']").First;
        var firmId = await overdue.GetAttributeAsync("data-enterprise-id");
        await overdue.GetByRole(AriaRole.Link, new() { Name = "记录走访" }).ClickAsync();

        await Expect(county.Locator("#visit-new-page")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(county.Locator("#vn-firm")).Not.ToHaveValueAsync("");
        await county.Locator("#vn-summary").FillAsync("走访企业负责人，企业订单饱满，计划明年扩建二期。");
        await county.ChooseAsync("vn-expansion", "已有计划");
        await county.Locator("#vn-add-problem").ClickAsync();
        await county.Locator("#vn-problem-0").FillAsync(problem);
        await county.Locator("#vn-submit").ClickAsync();

        // The visit page links the problem to the appeal it became, filed on the firm's behalf.
        await Expect(county.Locator("#visit-page")).ToHaveAttributeAsync("data-interactive", "true");
        var link = county.Locator("#visit-problems .problem-appeal");
        await Expect(link).ToContainTextAsync("已提交");
        await link.ClickAsync();
        await Expect(county.Locator("#appeal-title")).ToHaveTextAsync(problem);
        await Expect(county.Locator("#appeal-page")).ToContainTextAsync("走访代提交");

        // The firm's 服务台账 shows the visit and the appeal; the firm is no longer overdue for a visit.
        await county.GoToInteractiveAsync($"{fx.BaseUrl}/enterprises/{firmId}?tab=6");
        var timeline = county.Locator("#ledger-timeline");
        await Expect(timeline.Locator("[data-kind='AppealFiled']", new() { HasText = problem })).ToHaveCountAsync(1);
        await Expect(timeline.Locator("[data-kind='Visit']").First).ToContainTextAsync("计划明年扩建二期");
        await county.GoToInteractiveAsync(fx.BaseUrl + "/visits", "#visits-page");
        await Expect(county.Locator($"#visits-due tr[data-enterprise-id='{firmId}']")).ToHaveAttributeAsync("data-overdue", "false");
        await county.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-visits.png"), FullPage = true });
    }

    [Fact]
    public async Task A_new_appeal_lights_the_office_bell_and_opening_it_from_the_inbox_marks_it_read()
    {
        var title = $"物流：园区道路限行{Guid.NewGuid():N}"[..16];
        var office = await fx.SignInAsync("office");
        await office.GoToInteractiveAsync(fx.BaseUrl + "/inbox", "#inbox-page");
        var before = int.Parse(await office.Locator("#inbox-badge").GetAttributeAsync("data-unread") ?? "0");

        var firm = await fx.SignInAsync("firm");
        await firm.GoToInteractiveAsync(fx.BaseUrl + "/appeals/new", "#appeal-new-page");
        await firm.Locator("#ap-title").FillAsync(title);
        await firm.Locator("#ap-description").FillAsync("园区主干道货车限行时段与发货时间冲突。");
        await firm.Locator("#ap-submit").ClickAsync();
        await Expect(firm.Locator("#appeal-title")).ToHaveTextAsync(title);

        await office.GoToInteractiveAsync(fx.BaseUrl + "/inbox", "#inbox-page");
        await Expect(office.Locator("#inbox-badge")).ToHaveAttributeAsync("data-unread", (before + 1).ToString());
        var item = office.Locator("#inbox-list .inbox-unread", new() { HasText = title });
        await Expect(item).ToHaveCountAsync(1);
        await item.ClickAsync();
        await Expect(office.Locator("#appeal-title")).ToHaveTextAsync(title);
        await office.GoToInteractiveAsync(fx.BaseUrl + "/inbox", "#inbox-page");
        await Expect(office.Locator("#inbox-list .inbox-read", new() { HasText = title })).ToHaveCountAsync(1);
        await Expect(office.Locator("#inbox-badge")).ToHaveAttributeAsync("data-unread", before.ToString());
    }

    [Fact]
    public async Task The_cockpit_lists_overdue_appeals_longest_first_and_each_opens_its_appeal()
    {
        var office = await fx.SignInAsync("office");
        await office.GoToInteractiveAsync(fx.BaseUrl + "/cockpit");
        var rows = office.Locator("#cockpit-overdue-appeals .overdue-appeal");
        await Expect(rows.First).ToBeVisibleAsync();
        Assert.True(await rows.CountAsync() >= 3);
        await Expect(office.Locator("#cockpit-overdue-appeals")).ToContainTextAsync("通报"); // the demo's longest overdue reached 通报
        await rows.First.Locator("a").ClickAsync();
        await Expect(office.Locator("#appeal-overdue")).ToBeVisibleAsync();
        await office.GoBackAsync();
        await office.Locator("#overdue-appeals-all").ClickAsync();
        await Expect(office).ToHaveURLAsync(new Regex("overdue=true.*sort=clock"));
        await Expect(office.Locator("#appeal-table tbody tr[data-overdue='true']").First).ToBeVisibleAsync();
        await Expect(office.Locator("#appeal-table tbody tr[data-overdue='false']")).ToHaveCountAsync(0);
    }
}
