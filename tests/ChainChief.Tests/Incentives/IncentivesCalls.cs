using System.Net;
using System.Net.Http.Json;
using ChainChief.Tests.Chains;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Incentives;
using ChainChief.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChainChief.Tests.Incentives;

/// <summary>
/// Calls the incentives tests share. Each test works on firms of a chain of its own, so its policies (which name that
/// chain) find only its firms, whatever else the shared demo city holds; their figures come from the registry
/// (employees), which the tests set directly.
/// </summary>
public static class IncentivesCalls
{
    public static async Task<(int Chain, int[] Firms)> FirmsOnNewChainAsync(this HttpClient office, params int[] employees)
    {
        var chain = await office.CreateChainAsync();
        var firms = new List<int>();
        foreach (var n in employees)
        {
            var input = TestData.NewFirm();
            (input.ChainIds, input.Employees, input.Scale) = ([chain], n, EnterpriseScale.AboveScale);
            firms.Add(await office.CreateFirmAsync(input));
        }
        return (chain, [.. firms]);
    }

    public static PolicyInput Policy(int chain, BenefitFormula formula, PolicyMode mode = PolicyMode.Automatic, decimal minEmployees = 100) => new()
    {
        Title = $"测试政策{Guid.NewGuid().ToString("N")[..6]}", Issuer = "安康市人民政府", DocumentNo = "安政发〔2026〕99号", RegionCode = "6109",
        EffectiveFrom = new DateOnly(2020, 1, 1), Summary = "测试", Mode = mode, DecisionDays = mode == PolicyMode.FastTrack ? 5 : null,
        Rule = PolicyRule.All(PolicyRule.In(FactCatalog.Chain, chain.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            PolicyRule.Compare(FactCatalog.Employees, "ge", minEmployees)),
        Formula = formula,
    };

    /// <summary>Creates and publishes a policy; returns its id.</summary>
    public static async Task<int> PublishAsync(this HttpClient office, PolicyInput input)
    {
        var id = await (await office.PostAsJsonAsync("/api/policies", input, TestData.Json, AppTestsCt)).CreatedIdAsync();
        var detail = await office.PolicyAsync(id);
        var status = await office.PostAsJsonAsync($"/api/policies/{id}/status", new ChangePolicyStatus.Request(PolicyStatus.Active, detail.Version), TestData.Json, AppTestsCt);
        Assert.Equal(HttpStatusCode.NoContent, status.StatusCode);
        return id;
    }

    public static async Task<GetPolicy.Detail> PolicyAsync(this HttpClient client, int id) =>
        await (await client.GetAsync($"/api/policies/{id}", AppTestsCt)).ReadAsync<GetPolicy.Detail>();

    public static async Task<RunMatching.Outcome> MatchAsync(this HttpClient office) =>
        await (await office.PostAsync("/api/matching/runs?wait=true", null, AppTestsCt)).ReadAsync<RunMatching.Outcome>();

    public static async Task<List<ListMatches.Row>> MatchesAsync(this HttpClient client, int policyId) =>
        [.. (await (await client.GetAsync($"/api/matching/matches?policyId={policyId}&pageSize=200", AppTestsCt)).ReadAsync<PagedList<ListMatches.Row>>()).Items];

    public static async Task<int> CreatedIdAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return int.Parse(response.Headers.Location!.ToString().Split('/')[^1]);
    }

    public static async Task SetEmployeesAsync(this AppFixture app, int firm, int employees)
    {
        await using var scope = app.Scope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(AppTestsCt);
        await db.Enterprises.Where(e => e.Id == firm).ExecuteUpdateAsync(s => s.SetProperty(e => e.Employees, employees), AppTestsCt);
    }

    public static async Task AddAwardAsync(this AppFixture app, Award award)
    {
        await using var scope = app.Scope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(AppTestsCt);
        db.ActingAs(ChainChief.Web.Infrastructure.Auth.Actor.System);
        db.Awards.Add(award);
        await db.SaveChangesAsync(AppTestsCt);
    }

    private static CancellationToken AppTestsCt => TestContext.Current.CancellationToken;
}
