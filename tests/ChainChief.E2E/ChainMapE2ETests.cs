using System.Diagnostics;
using static Microsoft.Playwright.Assertions;

namespace ChainChief.E2E;

[Collection("browser")]
public sealed class ChainMapE2ETests(E2EFixture fx)
{
    [Fact]
    public async Task Office_opens_the_harness_chain_attaches_a_firm_to_a_blank_node_and_the_node_changes_state()
    {
        var page = await fx.SignInAsync("office");
        await page.GoToInteractiveAsync(fx.BaseUrl + "/chains");
        var link = page.Locator("[data-chain='电子线束（信息）']");
        await Expect(link).ToBeVisibleAsync();
        var clock = Stopwatch.StartNew();
        await link.ClickAsync();
        var nodes = page.Locator("svg [data-node-id]");
        await Expect(nodes.First).ToBeVisibleAsync();
        var rendered = clock.ElapsedMilliseconds;
        var count = await nodes.CountAsync();
        Assert.True(count >= 60, $"{count} nodes on the map");
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-chain-map.png"), FullPage = true });
        Console.WriteLine($"Harness map: {count} nodes rendered {rendered} ms after the click");

        var blank = page.Locator("svg [data-node-id][data-state='Blank']").First;
        var name = await blank.GetAttributeAsync("data-node-name");
        var id = await blank.GetAttributeAsync("data-node-id");
        await blank.ClickAsync();
        await Expect(page.Locator("#node-panel-name")).ToHaveTextAsync(name!);
        await Expect(page.Locator("#node-reason")).ToContainTextAsync("本地无");

        await page.Locator("#attach-firm").FillAsync("汉滨");
        await page.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();
        await page.Locator(".mud-select:has(#attach-role)").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "龙头" }).ClickAsync();
        await page.ClickAsync("#attach-submit");
        await Expect(page.Locator("#node-firms .mud-list-item")).ToHaveCountAsync(1);
        var node = page.Locator($"svg [data-node-id='{id}']");
        await Expect(node).Not.ToHaveAttributeAsync("data-state", "Blank");
        await page.ScreenshotAsync(new() { Path = Path.Combine(E2EFixture.Shots, "e2e-chain-node-filled.png"), FullPage = true });
    }
}
