using System.Net;
using System.Net.Http.Json;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Features.Cultivation;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Infrastructure.Excel;

namespace ChainChief.Tests.Cultivation;

/// <summary>The growth ladder through the API on the demo city: the 升规 pool with its known firm and region scoping,
/// growth profiles (versioned, validated, the firm's own), goals and their progress counted from dated events.</summary>
public abstract class LadderApiTests(AppFixture fixture) : AppTests(fixture)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task The_pool_lists_the_demo_firm_150_short_and_a_county_officer_sees_only_its_county()
    {
        using var office = await App.ClientAsAsync("office");
        var pool = await (await office.GetAsync("/api/ladder/pool", Ct)).ReadAsync<ListScaleSignals.Result>();
        var known = Assert.Single(pool.Rows, r => r.Trailing == 1850m);
        Assert.Equal((150m, 28.5m, 5, ScaleReason.Near, "610902"), (known.ToThreshold, known.Growth!.Value, known.MonthsToCross!.Value, known.Reason, known.CountyCode));
        Assert.Contains(pool.Rows, r => r.Reason == ScaleReason.Reached && r.Trailing == 2050m);
        Assert.Contains(pool.Rows, r => r.Reason == ScaleReason.Rising && r.Trailing == 1300m);
        Assert.DoesNotContain(pool.Rows, r => r.Trailing is 1400m or 600m);
        Assert.All(pool.Rows, r => Assert.Equal(EnterpriseScale.BelowScale, r.Scale));
        Assert.Equal(pool.Rows.OrderBy(r => r.ToThreshold).Select(r => r.EnterpriseId), pool.Rows.Select(r => r.EnterpriseId));

        using var county = await App.ClientAsAsync("county");
        var own = await (await county.GetAsync("/api/ladder/pool?county=61", Ct)).ReadAsync<ListScaleSignals.Result>();
        Assert.NotEmpty(own.Rows);
        Assert.All(own.Rows, r => Assert.StartsWith("610902", r.CountyCode));
        var exits = await (await county.GetAsync("/api/ladder/exit-watch", Ct)).ReadAsync<ListScaleSignals.Result>();
        Assert.All(exits.Rows, r => Assert.Equal(("610902", EnterpriseScale.AboveScale), (r.CountyCode, r.Scale)));
        Assert.All(exits.Rows, r => Assert.True(r.ToThreshold > 0 || r.MonthsToCross <= 12, r.Note));

        var other = await (await office.GetAsync("/api/ladder/pool?county=610921", Ct)).ReadAsync<ListScaleSignals.Result>();
        Assert.DoesNotContain(other.Rows, r => r.EnterpriseId == known.EnterpriseId);

        var export = await office.GetAsync("/api/ladder/pool/export?county=610902", Ct);
        await using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync(Ct));
        var cells = ExcelWorkbook.ReadTable(stream).SelectMany(c => c).ToList();
        Assert.Contains(known.Name, cells);

        using var firm = await App.ClientAsAsync("firm");
        Assert.Equal(HttpStatusCode.Forbidden, (await firm.GetAsync("/api/ladder/pool", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_growth_profile_is_versioned_validated_in_Chinese_and_drives_the_firms_tier_lines()
    {
        using var office = await App.ClientAsAsync("office");
        var id = await office.CreateFirmAsync(TestData.NewFirm());
        var ladder = await (await office.GetAsync($"/api/enterprises/{id}/ladder", Ct)).ReadAsync<GetFirmLadder.Detail>();
        Assert.False(ladder.HasProfile);
        var niche = Assert.Single(ladder.Tiers.Single(t => t.Tier == Tier.Specialized).Lines, l => l.Condition.StartsWith("从事特定细分市场", StringComparison.Ordinal));
        Assert.Equal((LineState.Missing, "未填报：请在培育档案中填写从事特定细分市场的年限"), (niche.State, niche.Gap));

        var input = new GrowthProfileInput { NicheYears = 1, TotalStaff = 100, TechStaff = 12, HighTechIncomeShare = 65m };
        Assert.Equal(HttpStatusCode.NoContent, (await office.PutAsJsonAsync($"/api/enterprises/{id}/growth-profile", input, TestData.Json, Ct)).StatusCode);
        ladder = await (await office.GetAsync($"/api/enterprises/{id}/ladder", Ct)).ReadAsync<GetFirmLadder.Detail>();
        niche = ladder.Tiers.Single(t => t.Tier == Tier.Specialized).Lines.Single(l => l.Condition.StartsWith("从事特定细分市场", StringComparison.Ordinal));
        Assert.Equal((LineState.Unmet, "从事细分市场 1 年，差 1 年"), (niche.State, niche.Gap));
        Assert.True(ladder.Tiers.Single(t => t.Tier == Tier.HighTech).Lines.Single(l => l.Condition.StartsWith("科技人员", StringComparison.Ordinal)).Met);

        input.NicheYears = 2;
        input.Version = ladder.Profile.Version;
        Assert.Equal(HttpStatusCode.NoContent, (await office.PutAsJsonAsync($"/api/enterprises/{id}/growth-profile", input, TestData.Json, Ct)).StatusCode);
        var stale = await office.PutAsJsonAsync($"/api/enterprises/{id}/growth-profile", input, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("请刷新后重试", await stale.Content.ReadAsStringAsync(Ct));

        var bad = await office.PutAsJsonAsync($"/api/enterprises/{id}/growth-profile", new GrowthProfileInput { MainBusinessShare = 120m, TotalStaff = 10, TechStaff = 11 }, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var body = await bad.Content.ReadAsStringAsync(Ct);
        Assert.Contains("主营业务收入占比应在0到100之间", body);
        Assert.Contains("科技人员和研发人员不能多于职工总数", body);

        using var chief = await App.ClientAsAsync("chief");
        Assert.Equal(HttpStatusCode.Forbidden, (await chief.PutAsJsonAsync($"/api/enterprises/{id}/growth-profile", input, TestData.Json, Ct)).StatusCode);
        using var firm = await App.ClientAsAsync("firm");
        Assert.Equal(HttpStatusCode.NotFound, (await firm.PutAsJsonAsync($"/api/enterprises/{id}/growth-profile", input, TestData.Json, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await firm.GetAsync($"/api/enterprises/{id}/ladder", Ct)).StatusCode);
    }

    [Fact]
    public async Task An_enterprise_user_keeps_its_own_profile_and_sees_its_ladder()
    {
        using var firm = await App.ClientAsAsync("firm");
        var own = (await (await firm.GetAsync("/api/enterprises?pageSize=5", Ct)).ReadAsync<Web.Infrastructure.PagedList<ListEnterprises.Row>>()).Items.Single().Id;
        var ladder = await (await firm.GetAsync($"/api/enterprises/{own}/ladder", Ct)).ReadAsync<GetFirmLadder.Detail>();
        Assert.True(ladder.HasProfile && ladder.CanEdit); // the demo's partial profile
        Assert.Equal(4, ladder.Tiers.Count);
        var input = ladder.Profile;
        input.MarketShare = 11m;
        Assert.Equal(HttpStatusCode.NoContent, (await firm.PutAsJsonAsync($"/api/enterprises/{own}/growth-profile", input, TestData.Json, Ct)).StatusCode);
        var after = await (await firm.GetAsync($"/api/enterprises/{own}/ladder", Ct)).ReadAsync<GetFirmLadder.Detail>();
        Assert.True(after.Tiers.Single(t => t.Tier == Tier.LittleGiant).Lines.Single(l => l.Condition.StartsWith("主导产品全国细分市场占有率", StringComparison.Ordinal)).Met);
    }

    [Fact]
    public async Task Goal_progress_counts_this_years_moves_above_scale_net_of_drop_outs_and_new_titles()
    {
        using var office = await App.ClientAsAsync("office");
        const string region = "610926";
        var year = Today.Year;
        var netId = await CreateGoalAsync(office, new LadderGoalInput { RegionCode = region, Year = year, Kind = LadderGoalKind.NetNewAboveScale, Target = 4 });
        await CreateGoalAsync(office, new LadderGoalInput { RegionCode = region, Year = year, Kind = LadderGoalKind.NewSpecialized, Target = 2 });
        var before = await ProgressAsync(office, region);

        var rising = await office.CreateFirmAsync(TestData.NewFirm(region));
        var registeredAbove = TestData.NewFirm(region);
        registeredAbove.Scale = EnterpriseScale.AboveScale;
        var falling = await office.CreateFirmAsync(registeredAbove);
        var rising2 = await office.CreateFirmAsync(TestData.NewFirm(region));
        foreach (var (firm, scale) in new[] { (rising, EnterpriseScale.AboveScale), (rising2, EnterpriseScale.AboveScale), (falling, EnterpriseScale.BelowScale) })
        {
            var state = new ChangeEnterpriseState.Request(scale, null, Today, "年度统计", 0);
            Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/enterprises/{firm}/state", state, TestData.Json, Ct)).StatusCode);
        }
        var tag = new ManageEnterpriseTags.AddRequest(EnterpriseTagKind.Specialized, Today, Today.AddYears(3), null);
        Assert.Equal(HttpStatusCode.Created, (await office.PostAsJsonAsync($"/api/enterprises/{rising}/tags", tag, TestData.Json, Ct)).StatusCode);
        // A title granted last year is not this year's.
        var old = new ManageEnterpriseTags.AddRequest(EnterpriseTagKind.Specialized, Today.AddYears(-1), Today.AddYears(2), null);
        Assert.Equal(HttpStatusCode.Created, (await office.PostAsJsonAsync($"/api/enterprises/{rising2}/tags", old, TestData.Json, Ct)).StatusCode);

        var after = await ProgressAsync(office, region);
        Assert.Equal(before[LadderGoalKind.NetNewAboveScale].Actual + 1, after[LadderGoalKind.NetNewAboveScale].Actual); // +2 − 1, and 建档 as 规上 is not an 升规
        Assert.Equal(before[LadderGoalKind.NewSpecialized].Actual + 1, after[LadderGoalKind.NewSpecialized].Actual);
        Assert.Equal(4, after[LadderGoalKind.NetNewAboveScale].Target);

        var duplicate = await office.PostAsJsonAsync("/api/ladder/goals", new LadderGoalInput { RegionCode = region, Year = year, Kind = LadderGoalKind.NewSpecialized, Target = 3 }, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Contains("已有“新增专精特新中小企业”目标", await duplicate.Content.ReadAsStringAsync(Ct));
        var badYear = await office.PostAsJsonAsync("/api/ladder/goals", new LadderGoalInput { RegionCode = region, Year = 1999, Kind = LadderGoalKind.NewHighTech, Target = 3 }, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badYear.StatusCode);
        Assert.Contains("年份应在2000到2100之间", await badYear.Content.ReadAsStringAsync(Ct));

        var edit = new LadderGoalInput { RegionCode = region, Year = year, Kind = LadderGoalKind.NetNewAboveScale, Target = 5, Version = after[LadderGoalKind.NetNewAboveScale].Version };
        Assert.Equal(HttpStatusCode.NoContent, (await office.PutAsJsonAsync($"/api/ladder/goals/{netId}", edit, TestData.Json, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await office.PutAsJsonAsync($"/api/ladder/goals/{netId}", edit, TestData.Json, Ct)).StatusCode);

        using var county = await App.ClientAsAsync("county");
        Assert.Equal(HttpStatusCode.Forbidden, (await county.PostAsJsonAsync("/api/ladder/goals", new LadderGoalInput { RegionCode = "6109", Year = year, Kind = LadderGoalKind.NewHighTech, Target = 3 }, TestData.Json, Ct)).StatusCode);
        var countyGoals = await (await county.GetAsync("/api/ladder/goals", Ct)).ReadAsync<List<GetGoalProgress.Row>>();
        Assert.All(countyGoals, g => Assert.StartsWith("610902", g.RegionCode));
        Assert.Contains(countyGoals, g => g.Kind == LadderGoalKind.NetNewAboveScale && g.Actual >= 0); // the demo's goal
    }

    [Fact]
    public async Task Tier_candidates_include_the_demo_firms_at_the_specialized_line_with_their_gaps()
    {
        using var office = await App.ClientAsAsync("office");
        var rows = await (await office.GetAsync("/api/ladder/candidates?tier=Specialized", Ct)).ReadAsync<List<ListTierCandidates.Row>>();
        Assert.Contains(rows, r => r.Verdict == TierVerdict.Qualified && r.Unmet == 0);
        Assert.All(rows.Where(r => r.Unmet == 1), r => Assert.StartsWith("有 1 项条件未满足：", r.Gaps));
        // The demo's profiled firms a little under the R&D line.
        Assert.Contains(rows, r => r.Unmet == 1 && r.Gaps.Contains("研发费用占比") && r.Gaps.Contains("低于 3% 的要求，差 0."));
        Assert.Equal(rows.OrderBy(r => r.Unmet).Select(r => r.Unmet), rows.Select(r => r.Unmet));
        using var county = await App.ClientAsAsync("county");
        var own = await (await county.GetAsync("/api/ladder/candidates?tier=HighTech&maxUnmet=5", Ct)).ReadAsync<List<ListTierCandidates.Row>>();
        Assert.All(own, r => Assert.StartsWith("610902", r.CountyCode));
    }

    private static async Task<int> CreateGoalAsync(HttpClient client, LadderGoalInput input)
    {
        var response = await client.PostAsJsonAsync("/api/ladder/goals", input, TestData.Json, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return int.Parse(response.Headers.Location!.ToString().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<Dictionary<LadderGoalKind, GetGoalProgress.Row>> ProgressAsync(HttpClient client, string region) =>
        (await (await client.GetAsync("/api/ladder/goals", Ct)).ReadAsync<List<GetGoalProgress.Row>>()).Where(g => g.RegionCode == region).ToDictionary(g => g.Kind);
}

[Collection("sqlite")]
public sealed class SqliteLadderApiTests(SqliteApp app) : LadderApiTests(app);

[Collection("postgres")]
public sealed class PostgresLadderApiTests(PostgresApp app) : LadderApiTests(app);
