using System.Net.Http.Json;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Features.Chains;

namespace ChainChief.Tests.Chains;

public static class ChainTestData
{
    /// <summary>Creates a chain no other test uses and returns its id.</summary>
    public static async Task<int> CreateChainAsync(this HttpClient office, string? name = null)
    {
        var response = await office.PostAsJsonAsync("/api/chains", new ChainInput { Name = name ?? $"测试链{Guid.NewGuid().ToString("N")[..8]}" }, TestData.Json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return int.Parse(response.Headers.Location!.ToString().Split('/')[^1]);
    }

    /// <summary>A small valid map: nested upstream nodes, an intra-segment edge, one firm.</summary>
    public static ChainMapDocument SmallMap(string creditCode) => new()
    {
        Chain = "测试链",
        Nodes =
        [
            new() { Name = "原材料", Segment = "上游", IndustryCodes = ["32"] },
            new() { Name = "铜材", Segment = "上游", Parent = "原材料", KeyProducts = "铜杆、电解铜", IndustryCodes = ["3251", "3252"], IsKey = true },
            new() { Name = "拉线", Segment = "上游", IndustryCodes = ["3831"] },
            new() { Name = "线束加工", Segment = "中游", IndustryCodes = ["3831"], IsKey = true },
            new() { Name = "汽车", Segment = "下游", IndustryCodes = ["3670"] },
        ],
        Edges = [new("铜材", "拉线"), new("拉线", "线束加工"), new("线束加工", "汽车")],
        Firms = [new("线束加工", creditCode, "配套", null)],
    };
}
