using System.Net;
using System.Net.Http.Json;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Features.Chains;

namespace ChainChief.Tests.Chains;

/// <summary>County and enterprise users read chains but never edit them; firm lists stay within their scope.</summary>
public abstract class ChainAccessTests(AppFixture fixture) : AppTests(fixture)
{
    [Fact]
    public async Task County_and_enterprise_users_read_a_chain_but_cannot_edit_it()
    {
        using var office = await App.ClientAsAsync("office");
        var chain = await office.CreateChainAsync();
        var detail = await (await office.GetAsync($"/api/chains/{chain}", Ct)).ReadAsync<GetChain.Detail>();
        foreach (var user in new[] { "county", "firm", "dept", "chief" })
        {
            using var client = await App.ClientAsAsync(user);
            var read = await (await client.GetAsync($"/api/chains/{chain}", Ct)).ReadAsync<GetChain.Detail>();
            Assert.Equal(detail.Name, read.Name);
            var edit = await client.PutAsJsonAsync($"/api/chains/{chain}", ChainInput.From(read), TestData.Json, Ct);
            Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        }
    }

    [Fact]
    public async Task County_user_sees_only_its_county_firms_on_a_node_but_the_state_counts_all()
    {
        using var office = await App.ClientAsAsync("office");
        var chain = await office.CreateChainAsync();
        var local = TestData.NewFirm("610902");
        var other = TestData.NewFirm("610921");
        await office.CreateFirmAsync(local);
        await office.CreateFirmAsync(other);
        var map = ChainTestData.SmallMap(local.CreditCode);
        await (await office.PutAsJsonAsync($"/api/chains/{chain}/map", map with { Firms = [.. map.Firms, new("线束加工", other.CreditCode, "配套", null)] }, TestData.Json, Ct))
            .ReadAsync<ImportChainMap.Result>();
        using var county = await App.ClientAsAsync("county");
        var detail = await (await county.GetAsync($"/api/chains/{chain}", Ct)).ReadAsync<GetChain.Detail>();
        var node = detail.Nodes.Single(n => n.Name == "线束加工");
        Assert.Equal(2, node.OperatingFirms);
        var firms = await (await county.GetAsync($"/api/chains/{chain}/nodes/{node.Id}/firms", Ct)).ReadAsync<List<GetNodeFirms.Row>>();
        Assert.Equal(local.Name, Assert.Single(firms).Name);
    }

    [Fact]
    public async Task Stale_chain_version_is_refused()
    {
        using var office = await App.ClientAsAsync("office");
        var chain = await office.CreateChainAsync();
        var input = ChainInput.From(await (await office.GetAsync($"/api/chains/{chain}", Ct)).ReadAsync<GetChain.Detail>());
        input.Members = [new() { Role = ChainMemberRole.Chief, Name = "李市长", Position = "副市长" }];
        Assert.Equal(HttpStatusCode.NoContent, (await office.PutAsJsonAsync($"/api/chains/{chain}", input, TestData.Json, Ct)).StatusCode);
        input.Description = "另一位同事的修改";
        var stale = await office.PutAsJsonAsync($"/api/chains/{chain}", input, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var after = await (await office.GetAsync($"/api/chains/{chain}", Ct)).ReadAsync<GetChain.Detail>();
        Assert.Equal("李市长", Assert.Single(after.Members).Name);
        Assert.Null(after.Description);
    }
}

[Collection("sqlite")]
public sealed class SqliteChainAccessTests(SqliteApp app) : ChainAccessTests(app);

[Collection("postgres")]
public sealed class PostgresChainAccessTests(PostgresApp app) : ChainAccessTests(app);
