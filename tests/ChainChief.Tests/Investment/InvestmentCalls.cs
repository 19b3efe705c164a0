using System.Net.Http.Json;
using ChainChief.Tests.Chains;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Features.Chains;
using ChainChief.Web.Features.Investment;
using ChainChief.Web.Features.Projects;

namespace ChainChief.Tests.Investment;

/// <summary>Setting up investment records through the API.</summary>
public static class InvestmentCalls
{
    public static string Unique(string name) => $"{name}{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>A new chain with the small test map; returns the chain and its nodes by name.</summary>
    public static async Task<(int Chain, Dictionary<string, GetChain.NodeRow> Nodes)> ChainWithMapAsync(this HttpClient office)
    {
        var chain = await office.CreateChainAsync();
        var firm = TestData.NewFirm();
        await office.CreateFirmAsync(firm);
        var map = await office.PutAsJsonAsync($"/api/chains/{chain}/map", ChainTestData.SmallMap(firm.CreditCode), TestData.Json);
        Assert.True(map.IsSuccessStatusCode, await map.Content.ReadAsStringAsync());
        var detail = await (await office.GetAsync($"/api/chains/{chain}")).ReadAsync<GetChain.Detail>();
        return (chain, detail.Nodes.ToDictionary(n => n.Name));
    }

    public static async Task<int> CreatedIdAsync(this HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return int.Parse(response.Headers.Location!.ToString().Split('/')[^1]);
    }

    public static async Task<int> CreateTargetAsync(this HttpClient client, TargetFirmInput input) =>
        await (await client.PostAsJsonAsync("/api/investment/targets", input, TestData.Json)).CreatedIdAsync();

    public static TargetFirmInput Target(string name, string industry, int? chain = null, params int[] nodes) => new()
    {
        Name = name, HqRegionCode = "4403", IndustryCode = industry, Tier = TargetTier.Listed, Priority = TargetPriority.High, ChainId = chain, NodeIds = [.. nodes],
    };

    public static LeadInput Lead(int chain, int? node, string firm) => new()
    {
        Title = $"{firm}落地项目", FirmName = firm, ChainId = chain, NodeId = node, RegionCode = "6109", ResponsibleLeader = "王副市长", EstimatedInvestment = 30_000m,
    };

    public static ProjectInput Project(int chain, int? node, string name, string investor) => new()
    {
        Name = name, InvestorName = investor, ChainId = chain, NodeId = node, CountyCode = "610902", Action = ChainAction.Fill, TotalInvestment = 30_000m,
        FixedAssetInvestment = 24_000m, LandAreaMu = 60m, HostPark = "安康高新区",
    };
}
