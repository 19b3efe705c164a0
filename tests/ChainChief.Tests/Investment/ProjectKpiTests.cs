using System.Net.Http.Json;
using ChainChief.Tests.Chains;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Features.Projects;
using ChainChief.Web.Infrastructure;
using static ChainChief.Tests.Investment.InvestmentCalls;

namespace ChainChief.Tests.Investment;

/// <summary>
/// The 招商 KPIs on a chain of four projects computed by hand: three signed in the year (5,000, 20,000 and 150,000 万元),
/// two of them started and one of those in operation, plus one signed the year before whose money arrived this year.
/// </summary>
public abstract class ProjectKpiTests(AppFixture fixture) : AppTests(fixture)
{
    [Fact]
    public async Task Signings_rates_and_funds_add_up_by_chain_and_month_and_each_figure_opens_its_projects()
    {
        using var office = await App.ClientAsAsync("office");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var y = today.Month >= 10 ? today.Year : today.Year - 1; // the year's first nine months are behind us
        var (chain, nodes) = await office.ChainWithMapAsync();
        var idle = await office.CreateChainAsync();
        async Task<int> Add(decimal total, ProjectStage stage, DateOnly signed, DateOnly? started = null, DateOnly? operating = null)
        {
            var input = Project(chain, nodes["拉线"].Id, Unique("指标项目"), Unique("投资方"));
            (input.TotalInvestment, input.FixedAssetInvestment, input.Stage, input.SignedOn, input.StartedOn, input.OperatingOn) = (total, total / 2, stage, signed, started, operating);
            return await (await office.PostAsJsonAsync("/api/projects", input, TestData.Json, Ct)).CreatedIdAsync();
        }
        await Add(5_000m, ProjectStage.Signed, new DateOnly(y, 1, 10));
        await Add(20_000m, ProjectStage.Started, new DateOnly(y, 1, 10), new DateOnly(y, 3, 1));
        var big = await Add(150_000m, ProjectStage.Operating, new DateOnly(y, 3, 10), new DateOnly(y, 4, 1), new DateOnly(y, 9, 1));
        var old = await Add(12_000m, ProjectStage.Started, new DateOnly(y - 1, 11, 10), new DateOnly(y, 2, 1));
        foreach (var (project, period, amount) in new[] { (big, y * 100 + 3, 10_000m), (big, y * 100 + 5, 5_000m), (old, y * 100 + 2, 3_000m), (old, (y - 1) * 100 + 12, 4_000m) })
        {
            (await office.PutAsJsonAsync($"/api/projects/{project}/funding", new RecordFunding.Request(period, amount), TestData.Json, Ct)).EnsureSuccessStatusCode();
        }

        var r = await (await office.GetAsync($"/api/projects/kpis?year={y}&month=9&chainId={chain}", Ct)).ReadAsync<GetProjectKpis.Result>();
        Assert.Equal(new GetProjectKpis.Figures(3, 175_000m, 2, 1, 2, 0.6667m, 1, 0.5m, 18_000m), r.Total);
        Assert.Equal(r.Total, Assert.Single(r.ByChain).Figures);
        Assert.Equal((2, 1), (r.ByMonth.Single(m => m.Key == "1").Figures.Signed, r.ByMonth.Single(m => m.Key == "3").Figures.Signed));
        Assert.Equal(9, r.ByMonth.Count);
        Assert.Equal(10_000m, r.ByMonth.Single(m => m.Key == "3").Figures.FundsArrived);

        // Up to August the big project is not yet in operation: the operation rate drops.
        var august = await (await office.GetAsync($"/api/projects/kpis?year={y}&month=8&chainId={chain}", Ct)).ReadAsync<GetProjectKpis.Result>();
        Assert.Equal((0, 0m, 2), (august.Total.Operating, august.Total.OperationRate!.Value, august.Total.Started));

        // The drill-downs return exactly the projects counted.
        async Task<int> Count(string extra) =>
            (await (await office.GetAsync($"/api/projects?chainId={chain}&signedFrom={r.From:yyyy-MM-dd}&signedTo={r.To:yyyy-MM-dd}{extra}&pageSize=50", Ct)).ReadAsync<PagedList<ListProjects.Row>>()).Total;
        Assert.Equal((3, 2, 1, 2, 1), (await Count(""), await Count("&minInvestment=10000"), await Count("&minInvestment=100000"), await Count("&reached=Started"), await Count("&reached=Operating")));

        var all = await (await office.GetAsync($"/api/projects/kpis?year={y}&month=9", Ct)).ReadAsync<GetProjectKpis.Result>();
        Assert.True(all.ByChain.Single(l => l.Key == idle.ToString(System.Globalization.CultureInfo.InvariantCulture)).NoSigning);
        Assert.False(all.ByChain.Single(l => l.Key == chain.ToString(System.Globalization.CultureInfo.InvariantCulture)).NoSigning);
        Assert.Contains(all.ByCounty, l => l.Key == "610902" && l.Figures.Signed >= 3);
    }
}

[Collection("sqlite")]
public sealed class SqliteProjectKpiTests(SqliteApp app) : ProjectKpiTests(app);

[Collection("postgres")]
public sealed class PostgresProjectKpiTests(PostgresApp app) : ProjectKpiTests(app);
