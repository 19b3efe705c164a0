using System.Net;
using System.Net.Http.Json;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Features.Audit;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Infrastructure;

namespace ChainChief.Tests.Enterprises;

public abstract class EnterpriseEditingTests(AppFixture fixture) : AppTests(fixture)
{
    [Fact]
    public async Task Edit_is_recorded_in_history_and_a_stale_version_is_refused()
    {
        using var office = await App.ClientAsAsync("office");
        var id = await office.CreateFirmAsync(TestData.NewFirm());
        var detail = await (await office.GetAsync($"/api/enterprises/{id}", Ct)).ReadAsync<GetEnterprise.Detail>();
        var input = detail.ToInput();
        input.Employees = 321;
        Assert.Equal(HttpStatusCode.NoContent, (await office.PutAsJsonAsync($"/api/enterprises/{id}", input, TestData.Json, Ct)).StatusCode);

        var history = await (await office.GetAsync($"/api/enterprises/{id}/history", Ct)).ReadAsync<PagedList<ListAuditEntries.Row>>();
        var update = Assert.Single(history.Items, r => r.Action == AuditAction.Updated && r.EntityType == nameof(Enterprise));
        Assert.Equal("链长办 王主任", update.UserName);
        Assert.Contains("\"Employees\":[50,321]", update.Changes);
        Assert.Contains(history.Items, r => r.Action == AuditAction.Created && r.EntityType == nameof(Enterprise));

        input.Employees = 999; // still carries the version read before the first save
        var stale = await office.PutAsJsonAsync($"/api/enterprises/{id}", input, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("数据已被他人修改", await stale.Content.ReadAsStringAsync(Ct));
        var after = await (await office.GetAsync($"/api/enterprises/{id}", Ct)).ReadAsync<GetEnterprise.Detail>();
        Assert.Equal(321, after.Employees);
    }

    [Theory]
    [InlineData("91610902MA0000000F", "校验位不正确")]
    [InlineData("9161090", "应为18位")]
    public async Task Bad_credit_code_gets_a_Chinese_field_error(string code, string message)
    {
        using var office = await App.ClientAsAsync("office");
        var response = await office.PostAsJsonAsync("/api/enterprises", TestData.NewFirm(creditCode: code), TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblem>(Ct);
        Assert.Contains(message, Assert.Single(problem!.Errors["CreditCode"]));
    }

    [Fact]
    public async Task Credit_code_must_be_unique()
    {
        using var office = await App.ClientAsAsync("office");
        var first = TestData.NewFirm();
        await office.CreateFirmAsync(first);
        var response = await office.PostAsJsonAsync("/api/enterprises", TestData.NewFirm(creditCode: first.CreditCode), TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("已被其他企业使用", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Scale_change_and_title_are_dated_and_filterable()
    {
        using var office = await App.ClientAsAsync("office");
        var id = await office.CreateFirmAsync(TestData.NewFirm());
        var detail = await (await office.GetAsync($"/api/enterprises/{id}", Ct)).ReadAsync<GetEnterprise.Detail>();
        var state = new ChangeEnterpriseState.Request(EnterpriseScale.AboveScale, null, new DateOnly(2026, 10, 1), "2026年10月升规", detail.Version);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/enterprises/{id}/state", state, TestData.Json, Ct)).StatusCode);
        var tag = new ManageEnterpriseTags.AddRequest(EnterpriseTagKind.LittleGiant, new DateOnly(2026, 7, 1), new DateOnly(2029, 6, 30), null);
        Assert.Equal(HttpStatusCode.Created, (await office.PostAsJsonAsync($"/api/enterprises/{id}/tags", tag, TestData.Json, Ct)).StatusCode);

        var after = await (await office.GetAsync($"/api/enterprises/{id}", Ct)).ReadAsync<GetEnterprise.Detail>();
        Assert.Equal(EnterpriseScale.AboveScale, after.Scale);
        Assert.Contains(after.ScaleHistory, h => h.From == EnterpriseScale.BelowScale && h.To == EnterpriseScale.AboveScale && h.EffectiveOn == new DateOnly(2026, 10, 1));
        var filtered = await (await office.GetAsync($"/api/enterprises?tag=LittleGiant&scale=AboveScale&q={Uri.EscapeDataString(after.Name)}", Ct))
            .ReadAsync<PagedList<ListEnterprises.Row>>();
        Assert.Equal(id, Assert.Single(filtered.Items).Id);
    }

    private sealed record ValidationProblem(Dictionary<string, string[]> Errors);
}

[Collection("sqlite")]
public sealed class SqliteEnterpriseEditingTests(SqliteApp app) : EnterpriseEditingTests(app);

[Collection("postgres")]
public sealed class PostgresEnterpriseEditingTests(PostgresApp app) : EnterpriseEditingTests(app);
