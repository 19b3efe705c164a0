using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace ChainChief.E2E;

[Collection("browser")]
public sealed class AdministrationTests(E2EFixture fx)
{
    [Fact]
    public async Task Admin_sees_roles_with_their_capabilities_and_opens_the_users_holding_one()
    {
        var page = await fx.SignInAsync("admin");
        // Click once the circuit runs the page: a click on the prerendered link is a full page load, slow on a busy machine.
        await page.GoToInteractiveAsync(fx.BaseUrl + "/admin/roles");
        var county = page.Locator("#role-table tr", new() { HasText = "县区" });
        await Expect(county).ToContainTextAsync("管理企业库");
        await county.Locator("a").ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin/users\\?role=County"));
        await Expect(page.Locator("#user-table tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#user-table tbody")).ToContainTextAsync("汉滨区经贸局 赵局长");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "e2e-users.png"), FullPage = true });
    }

    [Fact]
    public async Task County_officer_has_no_administration_menu_and_is_refused_the_pages()
    {
        var page = await fx.SignInAsync("county");
        await Expect(page.GetByText("系统管理")).ToHaveCountAsync(0);
        await page.GotoAsync(fx.BaseUrl + "/admin/users");
        await Expect(page.GetByText("您没有权限打开此页面。")).ToBeVisibleAsync();
    }
}
