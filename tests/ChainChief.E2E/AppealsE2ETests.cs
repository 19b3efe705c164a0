using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChainChief.E2E;

[Collection("browser")]
public sealed class AppealsE2ETests(E2EFixture fx)
{
    [Fact]
    public async Task Firm_files_office_signs_and_assigns_department_replies_firm_is_unsatisfied_and_it_reopens()
    {
        var title = $"融资：流动资金贷款续贷困难{Guid.NewGuid():N}"[..20];

        // The firm files from its portal.
        var firm = await fx.SignInAsync("firm");
        await firm.GetByRole(AriaRole.Link, new() { Name = "企业诉求" }).ClickAsync();
        await Expect(firm.Locator("#appeals-page")).ToHaveAttributeAsync("data-interactive", "true");
        await firm.Locator("#appeal-new").ClickAsync();
        await Expect(firm.Locator("#appeal-new-page")).ToHaveAttributeAsync("data-interactive", "true");
        await firm.ChooseAsync("ap-category", "融资");
        await firm.Locator("#ap-title").FillAsync(title);
        await firm.Locator("#ap-description").FillAsync("银行要求追加抵押，企业无新增资产可抵押，3000万元贷款月底到期。");
        await firm.Locator("#ap-files-input").SetInputFilesAsync(new FilePayload { Name = "贷款到期通知.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 到期通知"u8.ToArray() });
        await Expect(firm.Locator("#ap-files [data-file='贷款到期通知.pdf']")).ToBeVisibleAsync();
        await firm.Locator("#ap-submit").ClickAsync();
        await Expect(firm.Locator("#appeal-title")).ToHaveTextAsync(title);
        await Expect(firm.Locator("#appeal-state")).ToHaveTextAsync("已提交");
        // The file is on the filing's history row and downloads as it was sent.
        var file = firm.Locator("#appeal-history tbody tr").First.Locator(".appeal-file");
        await Expect(file).ToContainTextAsync("贷款到期通知.pdf");
        var download = await firm.APIRequest.GetAsync(fx.BaseUrl + await file.GetAttributeAsync("href"));
        Assert.Equal("%PDF-1.4 到期通知"u8.ToArray(), await download.BodyAsync());
        var url = firm.Url;

        // The 链长办 signs for it and assigns it to the 发改委 as a general matter (three working days).
        var office = await fx.SignInAsync("office");
        await office.GoToInteractiveAsync(url, "#appeal-page");
        await office.Locator("#act-SignIn").ClickAsync();
        await Expect(office.Locator("#appeal-state")).ToHaveTextAsync("已签收");
        await office.ChooseAsync("act-department", "安康市发展和改革委员会");
        await office.Locator("#act-Assign").ClickAsync();
        await Expect(office.Locator("#appeal-state")).ToHaveTextAsync("已交办");
        await Expect(office.Locator("#appeal-department")).ToHaveTextAsync("安康市发展和改革委员会");
        await Expect(office.Locator("#appeal-deadline")).Not.ToHaveTextAsync("—");

        // The department finds it in its list, starts work and replies.
        var dept = await fx.SignInAsync("dept");
        await dept.GoToInteractiveAsync(fx.BaseUrl + "/appeals", "#appeals-page");
        await dept.Locator("#appeal-table .appeal-link", new() { HasText = title }).ClickAsync();
        await Expect(dept.Locator("#appeal-page")).ToHaveAttributeAsync("data-interactive", "true");
        await dept.Locator("#act-Accept").ClickAsync();
        await Expect(dept.Locator("#appeal-state")).ToHaveTextAsync("办理中");
        await dept.Locator("#act-note").FillAsync("已协调市农商行按无还本续贷政策办理。");
        await dept.Locator("#act-files-input").SetInputFilesAsync(new FilePayload { Name = "续贷协调函.docx", MimeType = "application/octet-stream", Buffer = [1, 2, 3] });
        await Expect(dept.Locator("#act-files [data-file='续贷协调函.docx']")).ToBeVisibleAsync();
        await dept.Locator("#act-Reply").ClickAsync();
        await Expect(dept.Locator("#appeal-state")).ToHaveTextAsync("已答复");

        // The firm is not satisfied: without a reason it is told why nothing happened; with one it goes back to the department.
        await firm.GoToInteractiveAsync(url, "#appeal-page");
        await Expect(firm.Locator("#appeal-reply")).ToContainTextAsync("无还本续贷");
        await Expect(firm.Locator("#appeal-history tr[data-action='Reply'] .appeal-file")).ToContainTextAsync("续贷协调函.docx");
        await firm.Locator("#act-RateUnsatisfied").ClickAsync();
        await Expect(firm.Locator(".mud-snackbar")).ToContainTextAsync("请说明不满意的原因");
        await firm.Locator("#act-note").FillAsync("银行仍要求追加担保，问题未解决。");
        await firm.Locator("#act-RateUnsatisfied").ClickAsync();
        await Expect(firm.Locator("#appeal-state")).ToHaveTextAsync("已交办");
        var history = firm.Locator("#appeal-history tbody tr");
        await Expect(history).ToHaveCountAsync(6);
        await Expect(history.Last).ToContainTextAsync("已答复 → 已交办");
        await Expect(history.Last).ToContainTextAsync("银行仍要求追加担保");
        await firm.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-appeal-reopened.png"), FullPage = true });
    }
}
