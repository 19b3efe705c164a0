using System.Net;
using System.Net.Http.Json;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Infrastructure;

namespace ChainChief.Tests.Enterprises;

/// <summary>Region scope and enterprise ownership: what is outside a user's scope does not exist for them.</summary>
public abstract class EnterpriseScopeTests(AppFixture fixture) : AppTests(fixture)
{
    private async Task<ListEnterprises.Row> FirstFirmInAsync(string region)
    {
        using var office = await App.ClientAsAsync("office");
        var page = await (await office.GetAsync($"/api/enterprises?region={region}&pageSize=1", Ct)).ReadAsync<PagedList<ListEnterprises.Row>>();
        return Assert.Single(page.Items);
    }

    [Fact]
    public async Task County_officer_lists_only_their_county()
    {
        using var county = await App.ClientAsAsync("county");
        var page = await (await county.GetAsync("/api/enterprises?pageSize=200", Ct)).ReadAsync<PagedList<ListEnterprises.Row>>();
        Assert.True(page.Total > 100);
        Assert.All(page.Items, r => Assert.Equal("610902", r.CountyCode));
    }

    [Fact]
    public async Task County_officer_cannot_read_edit_or_create_in_another_county()
    {
        var other = await FirstFirmInAsync("610981");
        using var county = await App.ClientAsAsync("county");
        Assert.Equal(HttpStatusCode.NotFound, (await county.GetAsync($"/api/enterprises/{other.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await county.GetAsync($"/api/enterprises/{other.Id}/history", Ct)).StatusCode);
        var edit = TestData.NewFirm("610981");
        Assert.Equal(HttpStatusCode.NotFound, (await county.PutAsJsonAsync($"/api/enterprises/{other.Id}", edit, TestData.Json, Ct)).StatusCode);

        var create = await county.PostAsJsonAsync("/api/enterprises", TestData.NewFirm("610981"), TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, create.StatusCode);
        Assert.Contains("不在您的辖区内", await create.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Enterprise_user_sees_and_edits_only_their_own_firm()
    {
        using var firm = await App.ClientAsAsync("firm");
        var page = await (await firm.GetAsync("/api/enterprises", Ct)).ReadAsync<PagedList<ListEnterprises.Row>>();
        var own = Assert.Single(page.Items);

        var other = await FirstFirmInAsync("610902");
        Assert.NotEqual(own.Id, other.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await firm.GetAsync($"/api/enterprises/{other.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await firm.PutAsJsonAsync($"/api/enterprises/{other.Id}", TestData.NewFirm(), TestData.Json, Ct)).StatusCode);

        var detail = await (await firm.GetAsync($"/api/enterprises/{own.Id}", Ct)).ReadAsync<GetEnterprise.Detail>();
        var input = detail.ToInput();
        input.Employees = detail.Employees + 7;
        Assert.Equal(HttpStatusCode.NoContent, (await firm.PutAsJsonAsync($"/api/enterprises/{own.Id}", input, TestData.Json, Ct)).StatusCode);

        input.Version++;
        input.Scale = detail.Scale == EnterpriseScale.AboveScale ? EnterpriseScale.BelowScale : EnterpriseScale.AboveScale;
        var refused = await firm.PutAsJsonAsync($"/api/enterprises/{own.Id}", input, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("企业用户不能修改", await refused.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Old_division_code_filter_finds_firms_under_the_new_code()
    {
        using var office = await App.ClientAsAsync("office");
        var byOld = await (await office.GetAsync("/api/enterprises?region=610928&pageSize=1", Ct)).ReadAsync<PagedList<ListEnterprises.Row>>();
        var byNew = await (await office.GetAsync("/api/enterprises?region=610981&pageSize=1", Ct)).ReadAsync<PagedList<ListEnterprises.Row>>();
        Assert.True(byNew.Total > 0);
        Assert.Equal(byNew.Total, byOld.Total);
    }
}

[Collection("sqlite")]
public sealed class SqliteEnterpriseScopeTests(SqliteApp app) : EnterpriseScopeTests(app);

[Collection("postgres")]
public sealed class PostgresEnterpriseScopeTests(PostgresApp app) : EnterpriseScopeTests(app);
