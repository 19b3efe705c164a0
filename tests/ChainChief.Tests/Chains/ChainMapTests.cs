using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Chains;
using ChainChief.Web.Features.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChainChief.Tests.Chains;

/// <summary>Map import and export (JSON and Excel), all-or-nothing rejection, and 补链 changing a node's state.</summary>
public abstract class ChainMapTests(AppFixture fixture) : AppTests(fixture)
{
    [Fact]
    public async Task Import_export_import_round_trip_gives_an_identical_map()
    {
        using var office = await App.ClientAsAsync("office");
        var chain = await office.CreateChainAsync();
        var firm = TestData.NewFirm();
        await office.CreateFirmAsync(firm);
        var map = ChainTestData.SmallMap(firm.CreditCode);
        await (await office.PutAsJsonAsync($"/api/chains/{chain}/map", map, TestData.Json, Ct)).ReadAsync<ImportChainMap.Result>();
        var first = await (await office.GetAsync($"/api/chains/{chain}/map", Ct)).ReadAsync<ChainMapDocument>();

        var excel = await office.GetByteArrayAsync($"/api/chains/{chain}/map/excel", Ct);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(excel), "file", "map.xlsx" } };
        var result = await (await office.PostAsync($"/api/chains/{chain}/map/excel", form, Ct)).ReadAsync<ImportChainMap.Result>();
        Assert.Equal((5, 3, 1), (result.Nodes, result.Edges, result.Firms));
        var second = await (await office.GetAsync($"/api/chains/{chain}/map", Ct)).ReadAsync<ChainMapDocument>();

        await (await office.PutAsJsonAsync($"/api/chains/{chain}/map", second, TestData.Json, Ct)).ReadAsync<ImportChainMap.Result>();
        var third = await (await office.GetAsync($"/api/chains/{chain}/map", Ct)).ReadAsync<ChainMapDocument>();
        Assert.Equal(Canonical(first), Canonical(second));
        Assert.Equal(Canonical(first), Canonical(third));
        Assert.Equal(Canonical(map with { Chain = first.Chain, Firms = [.. map.Firms.Select(f => f with { Name = firm.Name })] }), Canonical(first));
    }

    public static TheoryData<string, string> BadMaps => new()
    {
        { "cycle", "连接形成循环：线束加工 → 线束再加工 → 线束加工" },
        { "missing", "节点「电池」不存在" },
        { "duplicate", "节点名称「拉线」重复" },
        { "backwards", "不能供给更上游的" },
        { "code", "国民经济行业代码「9999」不存在" },
    };

    [Theory]
    [MemberData(nameof(BadMaps))]
    public async Task Bad_map_is_rejected_with_a_clear_error_and_nothing_is_written(string flaw, string message)
    {
        using var office = await App.ClientAsAsync("office");
        var chain = await office.CreateChainAsync();
        var firm = TestData.NewFirm();
        await office.CreateFirmAsync(firm);
        var good = ChainTestData.SmallMap(firm.CreditCode);
        await (await office.PutAsJsonAsync($"/api/chains/{chain}/map", good, TestData.Json, Ct)).ReadAsync<ImportChainMap.Result>();
        var before = await office.GetStringAsync($"/api/chains/{chain}/map", Ct);

        var bad = flaw switch
        {
            "cycle" => good with
            {
                Nodes = [.. good.Nodes, new() { Name = "线束再加工", Segment = "中游" }],
                Edges = [.. good.Edges, new("线束加工", "线束再加工"), new("线束再加工", "线束加工")],
            },
            "missing" => good with { Edges = [.. good.Edges, new("电池", "汽车")] },
            "duplicate" => good with { Nodes = [.. good.Nodes, new() { Name = "拉线", Segment = "上游" }] },
            "backwards" => good with { Edges = [.. good.Edges, new("汽车", "拉线")] },
            _ => good with { Nodes = [.. good.Nodes, new() { Name = "电池", Segment = "上游", IndustryCodes = ["9999"] }] },
        };
        var response = await office.PutAsJsonAsync($"/api/chains/{chain}/map", bad, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(before, await office.GetStringAsync($"/api/chains/{chain}/map", Ct));
    }

    [Fact]
    public async Task Excel_errors_name_the_sheet_row_and_column()
    {
        using var office = await App.ClientAsAsync("office");
        var chain = await office.CreateChainAsync();
        var bad = ChainTestData.SmallMap(TestData.NewCreditCode()); // a credit code nobody registered
        var excel = await ChainMapSheet.WriteAsync(bad with { Nodes = [.. bad.Nodes.Select(n => n.Name == "汽车" ? n with { Segment = "末端" } : n)] }, Ct);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(excel), "file", "map.xlsx" } };
        var response = await office.PostAsync($"/api/chains/{chain}/map/excel", form, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("“节点”表第6行“环节”列", body);
        Assert.Contains("“企业”表第2行“统一社会信用代码”列", body);
        var map = await (await office.GetAsync($"/api/chains/{chain}/map", Ct)).ReadAsync<ChainMapDocument>();
        Assert.Empty(map.Nodes);
    }

    [Fact]
    public async Task Attaching_a_firm_turns_a_blank_node_covered_and_a_leading_role_makes_it_strong()
    {
        using var office = await App.ClientAsAsync("office");
        var chain = await office.CreateChainAsync();
        var firm = TestData.NewFirm();
        var firmId = await office.CreateFirmAsync(firm);
        await (await office.PutAsJsonAsync($"/api/chains/{chain}/map", ChainTestData.SmallMap(firm.CreditCode), TestData.Json, Ct)).ReadAsync<ImportChainMap.Result>();
        var detail = await (await office.GetAsync($"/api/chains/{chain}", Ct)).ReadAsync<GetChain.Detail>();
        var car = detail.Nodes.Single(n => n.Name == "汽车");
        Assert.Equal(NodeState.Blank, car.State);
        Assert.Equal(NodeState.Weak, detail.Nodes.Single(n => n.Name == "线束加工").State); // the test firm is below scale

        var above = TestData.NewFirm();
        above.Scale = Web.Features.Enterprises.EnterpriseScale.AboveScale;
        var aboveId = await office.CreateFirmAsync(above);
        var place = await office.PutAsJsonAsync($"/api/chains/{chain}/nodes/{car.Id}/firms", new PlaceFirmOnNode.Request(aboveId, NodeFirmRole.Supporting), TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.NoContent, place.StatusCode);
        Assert.Equal(NodeState.Covered, await StateAsync(office, chain, "汽车"));

        await office.PutAsJsonAsync($"/api/chains/{chain}/nodes/{car.Id}/firms", new PlaceFirmOnNode.Request(aboveId, NodeFirmRole.Leading), TestData.Json, Ct);
        Assert.Equal(NodeState.Strong, await StateAsync(office, chain, "汽车"));
        var firms = await (await office.GetAsync($"/api/chains/{chain}/nodes/{car.Id}/firms", Ct)).ReadAsync<List<GetNodeFirms.Row>>();
        Assert.Equal(aboveId, Assert.Single(firms).EnterpriseId);
        var members = await (await office.GetAsync($"/api/enterprises?chainId={chain}", Ct)).ReadAsync<Web.Infrastructure.PagedList<Web.Features.Enterprises.ListEnterprises.Row>>();
        Assert.Equal([firmId, aboveId], members.Items.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task A_node_with_a_fifth_of_the_chains_revenue_is_strong_from_monthly_statistics()
    {
        using var office = await App.ClientAsAsync("office");
        var chain = await office.CreateChainAsync();
        var big = TestData.NewFirm();
        big.Scale = Web.Features.Enterprises.EnterpriseScale.AboveScale;
        var small = TestData.NewFirm();
        small.Scale = Web.Features.Enterprises.EnterpriseScale.AboveScale;
        var (bigId, smallId) = (await office.CreateFirmAsync(big), await office.CreateFirmAsync(small));
        var map = ChainTestData.SmallMap(big.CreditCode) with { Firms = [new("线束加工", big.CreditCode, "配套", null), new("汽车", small.CreditCode, "配套", null)] };
        await (await office.PutAsJsonAsync($"/api/chains/{chain}/map", map, TestData.Json, Ct)).ReadAsync<ImportChainMap.Result>();
        Assert.Equal(NodeState.Covered, await StateAsync(office, chain, "线束加工")); // no statistics yet

        // Last twelve months: 线束加工 earns 85% of the chain's revenue, 汽车 15% (below the 20% default share).
        var last = Periods.Previous(Periods.Of(DateOnly.FromDateTime(DateTime.UtcNow)));
        await using (var scope = App.Scope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
            db.ActingAs(Web.Infrastructure.Auth.Actor.System);
            foreach (var period in Periods.Range(Periods.AddMonths(last, -11), last))
            {
                db.MonthlyReports.Add(new MonthlyReport { EnterpriseId = bigId, Period = period, Revenue = 85, Output = 85 });
                db.MonthlyReports.Add(new MonthlyReport { EnterpriseId = smallId, Period = period, Revenue = 15, Output = 15 });
            }
            // Older than twelve months: does not count.
            db.MonthlyReports.Add(new MonthlyReport { EnterpriseId = smallId, Period = Periods.AddMonths(last, -12), Revenue = 100_000 });
            await db.SaveChangesAsync(Ct);
        }
        var detail = await (await office.GetAsync($"/api/chains/{chain}", Ct)).ReadAsync<GetChain.Detail>();
        var harness = detail.Nodes.Single(n => n.Name == "线束加工");
        Assert.Equal(NodeState.Strong, harness.State);
        Assert.Contains("营收占全链85%", harness.Reason);
        Assert.Equal(NodeState.Covered, detail.Nodes.Single(n => n.Name == "汽车").State);
    }

    private static async Task<NodeState> StateAsync(HttpClient client, int chain, string node) =>
        (await (await client.GetAsync($"/api/chains/{chain}", Ct)).ReadAsync<GetChain.Detail>()).Nodes.Single(n => n.Name == node).State;

    private static string Canonical(ChainMapDocument map) => JsonSerializer.Serialize(map, TestData.Json);
}

[Collection("sqlite")]
public sealed class SqliteChainMapTests(SqliteApp app) : ChainMapTests(app);

[Collection("postgres")]
public sealed class PostgresChainMapTests(PostgresApp app) : ChainMapTests(app);
