using System.Net;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Features.Cockpit;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Statistics;
using MiniExcelLibs;
using static ChainChief.Tests.Cockpit.CockpitTestData;

namespace ChainChief.Tests.Cockpit;

/// <summary>The cockpit API over the demo city (36 months of statistics) and the cache's reaction to new reports.</summary>
public abstract class CockpitApiTests(AppFixture fixture) : AppTests(fixture)
{
    [Fact]
    public async Task Summary_without_a_period_answers_for_the_latest_month_of_the_demo_city()
    {
        using var office = await App.ClientAsAsync("office");
        var periods = await (await office.GetAsync("/api/cockpit/periods", Ct)).ReadAsync<int[]>();
        Assert.Equal(36, periods.Length);
        Assert.Equal(periods.Order().Reverse(), periods);
        var summary = await (await office.GetAsync("/api/cockpit/summary", Ct)).ReadAsync<GetCockpitSummary.Result>();
        Assert.Equal(periods[0], summary.Period);
        Assert.Equal(("6109", "安康市"), (summary.Area, summary.Label));
        var output = summary.Of(Metric.Output, Basis.Month).Figures;
        Assert.InRange(output.Firms, 400, 700);
        Assert.InRange(output.Growth!.Value, -15m, 25m); // the demo city grows a few percent a year
        Assert.Equal(100m, summary.Of(Metric.Output, Basis.Month).ShareOfRegion);
    }

    [Fact]
    public async Task Breakdown_by_county_covers_the_ten_counties_and_adds_up_to_the_city()
    {
        using var office = await App.ClientAsAsync("office");
        var result = await (await office.GetAsync("/api/cockpit/breakdown?dimension=County&metric=Revenue&basis=YearToDate", Ct))
            .ReadAsync<GetBreakdown.Result>();
        Assert.Equal(10, result.Rows.Count);
        Assert.All(result.Rows, r => Assert.StartsWith("6109", r.Key));
        Assert.Equal(result.Total.Figures.Value, result.Rows.Sum(r => r.Figures.Value));
        Assert.Equal(result.Total.Figures.Increment, result.Rows.Sum(r => r.Figures.Increment));
        Assert.InRange(result.Rows.Sum(r => r.Figures.Contribution!.Value), 99.9m, 100.1m);
        Assert.Equal("万元", result.Unit);
    }

    [Fact]
    public async Task Trend_of_the_demo_city_has_36_months_and_growth_once_a_year_of_history_exists()
    {
        using var chief = await App.ClientAsAsync("chief");
        var trend = await (await chief.GetAsync("/api/cockpit/trend?metric=Output", Ct)).ReadAsync<GetTrend.Result>();
        Assert.Equal(StatisticsSnapshot.TrendMonths, trend.Points.Count);
        Assert.All(trend.Points.Take(12), p => Assert.Null(p.Growth));
        Assert.All(trend.Points.Skip(12), p => Assert.NotNull(p.Growth));
    }

    [Fact]
    public async Task Firms_export_of_a_county_lists_the_firms_behind_the_figure()
    {
        using var office = await App.ClientAsAsync("office");
        var page = await (await office.GetAsync("/api/cockpit/firms?dimension=County&key=610902&pageSize=5&sort=increment", Ct))
            .ReadAsync<ListFigureFirms.Result>();
        Assert.Equal(5, page.Firms.Items.Count);
        Assert.All(page.Firms.Items, r => Assert.Equal("610902", r.County));
        Assert.Equal(page.Firms.Items.Select(r => r.Increment).OrderDescending(), page.Firms.Items.Select(r => r.Increment));
        using var response = await office.GetAsync("/api/cockpit/firms/export?dimension=County&key=610902", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = (await response.Content.ReadAsStreamAsync(Ct)).Query(useHeaderRow: true, sheetName: "企业明细").ToList();
        Assert.Equal(page.Firms.Total, rows.Count);
        Assert.Contains("工业总产值当月（万元）", ((IDictionary<string, object>)rows[0]).Keys);
    }

    [Fact]
    public async Task County_officer_gets_its_county_and_404_for_the_city()
    {
        using var county = await App.ClientAsAsync("county");
        var summary = await (await county.GetAsync("/api/cockpit/summary", Ct)).ReadAsync<GetCockpitSummary.Result>();
        Assert.Equal(("610902", "汉滨区"), (summary.Area, summary.Label));
        using var city = await county.GetAsync("/api/cockpit/summary?region=6109", Ct);
        Assert.Equal(HttpStatusCode.NotFound, city.StatusCode);
        using var bad = await county.GetAsync("/api/cockpit/summary?period=202613", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Summary_after_new_reports_changes_when_the_statistics_version_moves()
    {
        const string Region = "6108";
        using var office = await App.ClientAsAsync("admin");
        int first, second;
        await using (var scope = App.Scope())
        {
            await using var db = await App.DbAsync(scope);
            first = await db.AddFirmAsync("610802", null, "3831", EnterpriseScale.AboveScale, []);
            second = await db.AddFirmAsync("610802", null, "3831", EnterpriseScale.AboveScale, []);
            db.AddReport(first, Last, 100);
            await db.SaveChangesAsync(Ct);
        }
        await App.ReportsWrittenAsync(Last);
        async Task<decimal> Output() => (await (await office.GetAsync($"/api/cockpit/summary?region={Region}&period={Last}", Ct))
            .ReadAsync<GetCockpitSummary.Result>()).Of(Metric.Output, Basis.Month).Figures.Value;
        Assert.Equal(100m, await Output());

        await using (var scope = App.Scope())
        {
            await using var db = await App.DbAsync(scope);
            db.AddReport(second, Last, 50);
            await db.SaveChangesAsync(Ct);
        }
        Assert.Equal(100m, await Output()); // nobody told the cockpit: the cached month stands
        await App.ReportsWrittenAsync(Last);
        Assert.Equal(150m, await Output());
    }
}

[Collection("sqlite")]
public sealed class SqliteCockpitApiTests(SqliteApp app) : CockpitApiTests(app);

[Collection("postgres")]
public sealed class PostgresCockpitApiTests(PostgresApp app) : CockpitApiTests(app);
