using System.Net;
using System.Net.Http.Json;
using ChainChief.Tests.Infrastructure;

namespace ChainChief.Tests.Platform;

public abstract class PlatformTests(AppFixture fixture) : AppTests(fixture)
{
    private static readonly string[] ChiefRole = ["ChainChief"];

    [Fact]
    public async Task Health_reports_the_database()
    {
        using var client = App.CreateClient();
        var response = await client.GetAsync("/health", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task OpenApi_document_describes_the_endpoints()
    {
        using var client = App.CreateClient();
        var doc = await client.GetStringAsync("/openapi/v1.json", Ct);
        Assert.Contains("\"/api/enterprises/import\"", doc);
        Assert.Contains("企业名录：搜索、筛选、排序、分页", doc);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        using var admin = await App.ClientAsAsync("admin");
        var userName = $"lock{Guid.NewGuid():N}"[..16];
        var created = await admin.PostAsJsonAsync("/api/admin/users",
            new { userName, displayName = "锁定测试", roles = ChiefRole, regionScope = "6109", password = "Right@2026" }, Ct);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(Ct));

        using var client = App.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = "Wrong@2026" }, Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        var locked = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = "Right@2026" }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("锁定", await locked.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Signed_out_browser_is_sent_to_the_sign_in_page_and_api_gets_401()
    {
        using var client = App.CreateClient(new() { AllowAutoRedirect = false });
        var page = await client.GetAsync("/enterprises", Ct);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/enterprises", Ct)).StatusCode);
    }
}

[Collection("sqlite")]
public sealed class SqlitePlatformTests(SqliteApp app) : PlatformTests(app);

[Collection("postgres")]
public sealed class PostgresPlatformTests(PostgresApp app) : PlatformTests(app);
