using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace ChainChief.E2E;

/// <summary>The application on real Kestrel with the demo city on a throwaway SQLite file, and Debian's Chromium.</summary>
public sealed class E2EFixture : IAsyncLifetime
{
    private readonly string dbPath = Path.Combine(Path.GetTempPath(), $"chainchief-e2e-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program>? factory;
    private IPlaywright? playwright;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development"); // static web assets (MudBlazor) come from the build manifest
            b.UseSetting("ConnectionStrings:Default", $"Data Source={dbPath}");
            b.UseSetting("Database:Provider", "Sqlite");
            b.UseSetting("Demo:Enabled", "true");
            b.UseSetting("Logging:LogLevel:Default", "Warning");
            // The demo's escalations are seeded; a wall-clock pass at close of business would add messages mid-test.
            b.UseSetting("Appeals:Escalation:Enabled", "false");
        });
        factory.UseKestrel(0);
        factory.StartServer();
        BaseUrl = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        // The first visit to a page computes its figures on a cold server that two cores share with the test run.
        Assertions.SetDefaultExpectTimeout(15_000);
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>Skips locally when Chromium is missing; in CI (CI=true) that is an error.</summary>
    public void RequireBrowser()
    {
        if (factory is not null)
        {
            return;
        }
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath} but CI=true.");
        }
        Assert.Skip($"Chromium not found at {ChromiumPath}; browser tests skipped.");
    }

    /// <summary>A fresh browser context (own cookies) signed in through the sign-in form.</summary>
    public async Task<IPage> SignInAsync(string userName, string password = "Demo@2026")
    {
        RequireBrowser();
        var context = await Browser.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 1400, Height = 1000 } });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(BaseUrl + "/login");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#login-submit");
        // Signing in hashes the password (PBKDF2): on a machine busy with the unit tests alongside, allow it longer.
        await page.WaitForURLAsync(BaseUrl + "/", new() { Timeout = 45_000 });
        await WaitInteractiveAsync(page);
        return page;
    }

    /// <summary>Where tests save screenshots (E2E_SCREENSHOTS, else the temp folder).</summary>
    public static string Shots => Environment.GetEnvironmentVariable("E2E_SCREENSHOTS") ?? Path.GetTempPath();

    /// <summary>This month and last month (yyyyMM, Beijing time): the demo data's latest reported month is the last.</summary>
    public static int Current => ChainChief.Web.Features.Statistics.Periods.Of(ChainChief.Web.Infrastructure.ClockExtensions.Today(TimeProvider.System));

    public static int Last => ChainChief.Web.Features.Statistics.Periods.Previous(Current);

    /// <summary>Waits until the Blazor circuit renders the page: a click before that can be lost in the hand-over from the prerendered page.</summary>
    public static Task WaitInteractiveAsync(IPage page) =>
        page.Locator("#app-layout[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(dbPath + suffix);
        }
    }
}

/// <summary>One server and one browser for all browser tests; each test gets its own browser context.</summary>
[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<E2EFixture>;
