using System.Net;
using System.Net.Http.Json;
using ChainChief.Tests.Cockpit;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Features.Cockpit;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Features.Targets;
using ChainChief.Web.Infrastructure.Excel;

namespace ChainChief.Tests.Targets;

/// <summary>Targets through the API on the demo city: progress against the cockpit's own figures, the behind list,
/// validation with Chinese reasons, 409 on a stale version, region scope and the export.</summary>
public abstract class TargetsApiTests(AppFixture fixture) : AppTests(fixture)
{
    private static int Last => CockpitTestData.Last;

    private static async Task<TargetProgressReader.Result> ListAsync(HttpClient client, string query = "") =>
        await (await client.GetAsync($"/api/targets?period={Last}{query}", Ct)).ReadAsync<TargetProgressReader.Result>();

    private static TargetInput Growth(string name, string region, decimal percent, TargetScope scope = TargetScope.County) => new()
    {
        Name = name, Scope = scope, RegionCode = region, Metric = Metric.Output, Kind = TargetKind.Growth,
        StartYear = Periods.Year(Last), EndYear = Periods.Year(Last), TargetValue = percent,
    };

    [Fact]
    public async Task The_demo_city_has_targets_on_track_and_behind_time_progress()
    {
        using var office = await App.ClientAsAsync("office");
        var result = await ListAsync(office);
        Assert.Equal(Last, result.Period);
        var progress = result.Targets.Select(t => t.Progress).OfType<TargetProgress.Result>().ToList();
        Assert.True(progress.Count >= 10);
        Assert.Contains(progress, p => p.Behind);
        // County rates sit around each county's break-even rate, three of them below it: ahead of time progress — except
        // early in the year, when the Spring Festival dip can put every realistic target behind.
        if (Periods.Month(Last) > 4)
        {
            Assert.Contains(progress, p => !p.Behind);
        }
        Assert.All(progress, p => Assert.Equal(Math.Round(Periods.Month(Last) * 100m / 12, 2), p.TimeProgress));
        Assert.All(progress, p => Assert.Equal(p.Completion - p.TimeProgress, p.Gap));
    }

    [Fact]
    public async Task A_growth_target_is_measured_against_the_cockpit_year_to_date_and_last_year_total()
    {
        using var office = await App.ClientAsAsync("office");
        var target = (await ListAsync(office, "&scope=County&region=610902&metric=Output")).Targets.First(t => t.Kind == TargetKind.Growth);
        var trend = await (await office.GetAsync($"/api/cockpit/trend?period={Last}&metric=Output&basis=YearToDate&region=610902", Ct)).ReadAsync<GetTrend.Result>();
        var now = trend.Points.Single(p => p.Period == Last);
        var lastYearTotal = trend.Points.Single(p => p.Period == Periods.Of(Periods.Year(Last) - 1, 12)).Value;
        var progress = target.Progress!;
        Assert.Equal(now.Value, progress.Actual);
        Assert.Equal(Math.Round(lastYearTotal * (1 + target.TargetValue), 2), progress.Goal);
        Assert.Equal(Math.Round(now.Value / progress.Goal!.Value * 100, 2), progress.Completion);
        Assert.Equal(now.Growth, progress.ActualGrowth);
    }

    [Fact]
    public async Task The_behind_list_holds_only_targets_behind_time_progress_worst_first()
    {
        using var chief = await App.ClientAsAsync("chief");
        var all = await ListAsync(chief);
        var behind = await ListAsync(chief, "&behindOnly=true");
        Assert.Equal(all.Targets.Count(t => t.Progress?.Behind == true), behind.Targets.Count);
        Assert.All(behind.Targets, t => Assert.True(t.Progress!.Gap < 0));
        Assert.Equal(behind.Targets.Select(t => t.Progress!.Gap).Order(), behind.Targets.Select(t => t.Progress!.Gap));
    }

    [Fact]
    public async Task Bad_targets_are_refused_with_the_field_and_a_chinese_reason()
    {
        using var office = await App.ClientAsAsync("office");
        async Task<string> Refused(TargetInput input)
        {
            var response = await office.PostAsJsonAsync("/api/targets", input, TestData.Json, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return await response.Content.ReadAsStringAsync(Ct);
        }
        Assert.Contains("增速应在 -50% 至 200% 之间", await Refused(Growth("过高", "610902", 300)));
        Assert.Contains("县区目标请选择一个县区", await Refused(Growth("市码", "6109", 8)));
        Assert.Contains("不在您的管辖范围内", await Refused(Growth("外市", "611002", 8)));
        Assert.Contains("不能设累计目标", await Refused(new TargetInput { Name = "人数", Scope = TargetScope.City, RegionCode = "6109", Metric = Metric.Employees, Kind = TargetKind.Value, StartYear = 2026, EndYear = 2026, TargetValue = 10 }));
        Assert.Contains("截止年份不能早于起始年份", await Refused(new TargetInput { Name = "年份", Scope = TargetScope.City, RegionCode = "6109", Kind = TargetKind.Value, StartYear = 2027, EndYear = 2026, TargetValue = 10 }));
        Assert.Contains("请选择您管辖范围内存在的产业链", await Refused(Growth("链", "6109", 8, TargetScope.Chain) ));
        Assert.Contains("请填写目标名称", await Refused(Growth("", "610902", 8)));
    }

    [Fact]
    public async Task A_target_is_created_edited_with_its_version_refused_when_stale_and_deleted()
    {
        using var office = await App.ClientAsAsync("office");
        var name = $"测试目标{Guid.NewGuid():N}"[..12];
        var created = await office.PostAsJsonAsync("/api/targets", Growth(name, "610921", 9), TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.ToString().Split('/').Last());
        var row = (await ListAsync(office)).Targets.Single(t => t.Id == id);
        Assert.Equal((0.09m, "610921"), (row.TargetValue, row.RegionCode));
        Assert.NotNull(row.Progress?.Goal);

        var edit = Growth(name, "610921", 10);
        var noVersion = await office.PutAsJsonAsync($"/api/targets/{id}", edit, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
        Assert.Contains("版本号", await noVersion.Content.ReadAsStringAsync(Ct));
        edit.Version = row.Version;
        Assert.Equal(HttpStatusCode.NoContent, (await office.PutAsJsonAsync($"/api/targets/{id}", edit, TestData.Json, Ct)).StatusCode);
        edit.TargetValue = 11;
        Assert.Equal(HttpStatusCode.Conflict, (await office.PutAsJsonAsync($"/api/targets/{id}", edit, TestData.Json, Ct)).StatusCode);
        Assert.Equal(0.10m, (await ListAsync(office)).Targets.Single(t => t.Id == id).TargetValue);

        Assert.Equal(HttpStatusCode.NoContent, (await office.DeleteAsync($"/api/targets/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.DeleteAsync($"/api/targets/{id}", Ct)).StatusCode);
        Assert.DoesNotContain((await ListAsync(office)).Targets, t => t.Id == id);
    }

    [Fact]
    public async Task A_chain_target_belongs_to_the_chain_region_and_follows_the_chain_cockpit()
    {
        using var office = await App.ClientAsAsync("office");
        var chain = (await ListAsync(office, "&scope=Chain")).Targets[0].ChainId!.Value;
        var input = Growth("链目标", "", 10, TargetScope.Chain);
        input.ChainId = chain;
        var created = await office.PostAsJsonAsync("/api/targets", input, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.ToString().Split('/').Last());
        try
        {
            var row = (await ListAsync(office)).Targets.Single(t => t.Id == id);
            Assert.Equal("6109", row.RegionCode);
            var trend = await (await office.GetAsync($"/api/cockpit/trend?period={Last}&metric=Output&basis=YearToDate&chainId={chain}", Ct)).ReadAsync<GetTrend.Result>();
            Assert.Equal(trend.Points.Single(p => p.Period == Last).Value, row.Progress!.Actual);
        }
        finally
        {
            await office.DeleteAsync($"/api/targets/{id}", Ct);
        }
    }

    [Fact]
    public async Task A_county_officer_sees_only_their_county_targets()
    {
        using var county = await App.ClientAsAsync("county");
        var result = await ListAsync(county);
        Assert.NotEmpty(result.Targets);
        Assert.All(result.Targets, t => Assert.StartsWith("610902", t.RegionCode));
    }

    [Fact]
    public async Task The_export_lists_every_target_with_completion_and_time_progress()
    {
        using var office = await App.ClientAsAsync("office");
        var result = await ListAsync(office);
        using var response = await office.GetAsync($"/api/targets/export?period={Last}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = ExcelWorkbook.ReadRows(await response.Content.ReadAsStreamAsync(Ct), "目标进度");
        Assert.Equal(result.Targets.Count, rows.Count);
        var first = result.Targets[0];
        Assert.Equal(first.Name, rows[0]["目标"]);
        Assert.Equal(first.Progress!.Completion!.Value, Convert.ToDecimal(rows[0]["完成率(%)"], System.Globalization.CultureInfo.InvariantCulture));
    }
}

[Collection("sqlite")]
public sealed class SqliteTargetsApiTests(SqliteApp app) : TargetsApiTests(app);

[Collection("postgres")]
public sealed class PostgresTargetsApiTests(PostgresApp app) : TargetsApiTests(app);
