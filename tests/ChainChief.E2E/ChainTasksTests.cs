using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChainChief.Web.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChainChief.E2E;

[Collection("browser")]
public sealed class ChainTasksTests(E2EFixture fx)
{
    [Fact]
    public async Task Office_sees_an_overdue_task_flagged_in_red_and_narrows_the_list_to_overdue_tasks()
    {
        var page = await fx.SignInAsync("office");
        var today = TimeProvider.System.Today();
        var chain = await FindAsync(page, "/api/chains", "name", "电子线束（信息）");
        var owner = await FindAsync(page, "/api/chain-tasks/departments", "name", "安康市商务局");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var late = $"补链招商对接会{suffix}";
        var onTime = $"链主企业配套清单{suffix}";
        await CreateTaskAsync(page, chain, late, owner, today.AddDays(-7));
        await CreateTaskAsync(page, chain, onTime, owner, today.AddDays(30));

        await page.GoToInteractiveAsync($"{fx.BaseUrl}/chain-tasks?chain={chain}");
        var lateRow = page.Locator("#task-table tbody tr", new() { HasText = late });
        var onTimeRow = page.Locator("#task-table tbody tr", new() { HasText = onTime });
        await Expect(lateRow).ToBeVisibleAsync();
        await Expect(onTimeRow).ToBeVisibleAsync();
        await Expect(lateRow).ToHaveClassAsync(new Regex("task-overdue"));
        await Expect(lateRow.Locator(".task-overdue-chip")).ToHaveTextAsync("逾期7天");
        await Expect(lateRow.Locator(".chain-link")).ToHaveAttributeAsync("href", $"/chains/{chain}");
        await Expect(onTimeRow.Locator(".task-overdue-chip")).ToHaveCountAsync(0);

        await page.GetByText("仅看逾期").ClickAsync();
        await page.WaitForURLAsync(new Regex("overdue=True"));
        await Expect(onTimeRow).ToHaveCountAsync(0);
        await Expect(lateRow).ToBeVisibleAsync();
        await Expect(page.Locator("#task-table tbody tr:not(.task-overdue)")).ToHaveCountAsync(0);
        await Expect(page.Locator("#export")).ToHaveAttributeAsync("href", new Regex("overdueOnly=true"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-chain-tasks.png"), FullPage = true });
    }

    /// <summary>Arranges data through the app's own API, with the browser's sign-in cookie.</summary>
    private async Task<int> FindAsync(IPage page, string path, string field, string value)
    {
        var response = await page.APIRequest.GetAsync(fx.BaseUrl + path);
        Assert.True(response.Ok, $"{path}: {response.Status}");
        using var json = JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.EnumerateArray().Single(e => e.GetProperty(field).GetString() == value).GetProperty("id").GetInt32();
    }

    private async Task CreateTaskAsync(IPage page, int chain, string title, int owner, DateOnly deadline)
    {
        var response = await page.APIRequest.PostAsync($"{fx.BaseUrl}/api/chains/{chain}/tasks", new()
        {
            DataObject = new
            {
                year = deadline.Year, title, ownerDepartmentId = owner,
                deadline = deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            },
        });
        Assert.True(response.Status == 201, $"create task: {response.Status} {await response.TextAsync()}");
    }
}
