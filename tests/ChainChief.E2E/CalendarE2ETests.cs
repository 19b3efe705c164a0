using static Microsoft.Playwright.Assertions;

namespace ChainChief.E2E;

[Collection("browser")]
public sealed class CalendarE2ETests(E2EFixture fx)
{
    [Fact]
    public async Task Office_marks_a_local_day_off_on_the_calendar_and_restores_it()
    {
        var page = await fx.SignInAsync("office");
        await page.GoToInteractiveAsync(fx.BaseUrl + "/calendar");
        for (var year = DateTime.Now.Year; year > 2030; year--)
        {
            await page.ClickAsync("#year-prev");
        }
        for (var year = DateTime.Now.Year; year < 2030; year++)
        {
            await page.ClickAsync("#year-next");
        }
        await Expect(page.Locator("#calendar-year")).ToHaveTextAsync("2030");
        await Expect(page.Locator("#calendar-missing")).ToContainTextAsync("2030年节假日安排尚未录入");
        await Expect(page.Locator("#calendar-summary")).ToContainTextAsync("全年工作日 261 天");

        var day = page.Locator("[data-date='2030-07-03']");
        await day.ClickAsync();
        await page.FillAsync("#day-name", "地方假日");
        await page.ClickAsync("#day-save");
        await Expect(day).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("cal-holiday"));
        await Expect(page.Locator("#calendar-summary")).ToContainTextAsync("全年工作日 260 天；已录入放假 1 天");

        await day.ClickAsync();
        await page.ClickAsync("#day-delete");
        await Expect(day).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("cal-holiday"));
        await Expect(page.Locator("#calendar-summary")).ToContainTextAsync("全年工作日 261 天");
    }
}
