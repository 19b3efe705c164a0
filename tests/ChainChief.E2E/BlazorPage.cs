using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChainChief.E2E;

/// <summary>
/// Waits on Blazor's real state instead of sleeping. A page is prerendered before its circuit connects, and clicks or
/// picked files before that are lost; pages that need it carry data-interactive="true" once the circuit renders them.
/// </summary>
internal static class BlazorPage
{
    /// <summary>Opens the page and waits until its circuit renders <paramref name="root"/> (by default the whole layout).</summary>
    public static async Task GoToInteractiveAsync(this IPage page, string url, string root = "#app-layout")
    {
        await page.GotoAsync(url);
        await page.Locator($"{root}[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    /// <summary>
    /// Opens a MudSelect (by the id of its input) and picks the item with this text. A re-render while the page loads its
    /// data can close the popover and drop the pick; as a user would, it picks again (three tries).
    /// </summary>
    public static async Task ChooseAsync(this IPage page, string selectId, string item)
    {
        var select = page.Locator($".mud-select:has(#{selectId}) [role=combobox]");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await select.ClickAsync();
                await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = item }).ClickAsync(new() { Timeout = 10_000 });
                await Expect(select).ToHaveTextAsync(item);
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
    }
}
