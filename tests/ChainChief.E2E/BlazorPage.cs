using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChainChief.E2E;

/// <summary>
/// Waits on Blazor's real state instead of sleeping. A page is prerendered before its circuit connects, and clicks or
/// picked files before that are lost; pages that need it carry data-interactive="true" once the circuit renders them.
/// </summary>
internal static class BlazorPage
{
    public static async Task GoToInteractiveAsync(this IPage page, string url, string root)
    {
        await page.GotoAsync(url);
        await Expect(page.Locator(root)).ToHaveAttributeAsync("data-interactive", "true");
    }

    /// <summary>Opens a MudSelect (by the id of its input) and picks the item with this text.</summary>
    public static async Task ChooseAsync(this IPage page, string selectId, string item)
    {
        await page.Locator($".mud-select:has(#{selectId}) [role=combobox]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = item }).ClickAsync();
        await Expect(page.Locator($".mud-select:has(#{selectId}) [role=combobox]")).ToHaveTextAsync(item);
    }
}
