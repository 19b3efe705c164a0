using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Features.Chains;

namespace ChainChief.Tests.Chains;

/// <summary>The seeded demo city: nine chains with maps, organisation, and every node state somewhere.</summary>
public abstract class DemoCityChainTests(AppFixture fixture) : AppTests(fixture)
{
    [Fact]
    public async Task Demo_chains_have_maps_organisation_and_every_node_state()
    {
        using var office = await App.ClientAsAsync("office");
        var chains = (await (await office.GetAsync("/api/chains", Ct)).ReadAsync<List<ListChains.Row>>()).Where(c => c.Name.Contains('（') || c.Nodes > 0).ToList();
        var demo = chains.Where(c => c.Chiefs.Contains("示例")).ToList();
        Assert.Equal(9, demo.Count);
        Assert.All(demo, c => Assert.True(c.Nodes >= 10 && c.ExecutiveDepartment is not null && c.HostParks.Length > 0, c.Name));
        foreach (var state in Enum.GetValues<NodeState>())
        {
            Assert.True(demo.Sum(c => c.NodesByState[state]) > 0, $"no {state} node in the demo city");
        }
        var harness = demo.Single(c => c.Name == "电子线束（信息）");
        Assert.True(harness.Nodes >= 50, $"{harness.Nodes} leaf nodes");
        Assert.InRange(harness.LocalSupplyRate, 0.01m, 0.99m);
    }
}

[Collection("sqlite")]
public sealed class SqliteDemoCityChainTests(SqliteApp app) : DemoCityChainTests(app);

[Collection("postgres")]
public sealed class PostgresDemoCityChainTests(PostgresApp app) : DemoCityChainTests(app);
