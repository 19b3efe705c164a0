using System.Runtime.CompilerServices;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Features.Cockpit;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.Extensions.DependencyInjection;
using static ChainChief.Tests.Cockpit.CockpitTestData;

namespace ChainChief.Tests.Cockpit;

/// <summary>
/// The cockpit's aggregations on a hand-built prefecture (the figures of <see cref="GrowthMathTests"/>): firms that enter
/// and leave, sub-chains rolling up into their chain, nodes into their parent node, and county scoping.
/// </summary>
public abstract class CockpitFiguresTests(AppFixture fixture) : AppTests(fixture)
{
    // 商洛市: two counties. Chain Parent has sub-chain Sub; Other is a second chain. Node Top has sub-node Leaf.
    // F1 (c1, 园A, 3831, Sub, on Leaf) 120 vs 100, last month 110 — its year to date falls, 1000 vs 1100
    // F2 (c1, no park, 3832, Parent) 80 vs 100, last month 90, no value added
    // F3 (c2, 园B, 2710, Sub) 50, entered: no report a year ago, last month 40
    // F4 (c2, 园B, 2710, Other, below scale) 0 vs 30, no report last month
    // F5 (c1, Parent) reported 200 a year ago and nothing now: it left
    private const string Prefecture = "6110", C1 = "611002", C2 = "611021";

    private sealed record World(int Parent, int Sub, int Other, int Top, int Leaf, int F1, int F2, int F3, int F4, int F5);

    // One world per application (SQLite and PostgreSQL each have theirs), built by whichever test comes first; tests only read it.
    private static readonly ConditionalWeakTable<AppFixture, Lazy<Task<World>>> Worlds = [];

    private Task<World> WorldAsync() => Worlds.GetValue(App, app => new Lazy<Task<World>>(() => SeedAsync(app))).Value;

    private static async Task<World> SeedAsync(AppFixture app)
    {
        await using var scope = app.Scope();
        await using var db = await app.DbAsync(scope);
        var parent = await db.AddChainAsync("父链", Prefecture);
        var sub = await db.AddChainAsync("子链", Prefecture, parent);
        var other = await db.AddChainAsync("他链", Prefecture);
        var top = await db.AddNodeAsync(parent, "环节");
        var leaf = await db.AddNodeAsync(parent, "子环节", top);
        var f1 = await db.AddFirmAsync(C1, "园A", "3831", EnterpriseScale.AboveScale, [sub], parent, leaf);
        var f2 = await db.AddFirmAsync(C1, null, "3832", EnterpriseScale.AboveScale, [parent]);
        var f3 = await db.AddFirmAsync(C2, "园B", "2710", EnterpriseScale.AboveScale, [sub]);
        var f4 = await db.AddFirmAsync(C2, "园B", "2710", EnterpriseScale.BelowScale, [other]);
        var f5 = await db.AddFirmAsync(C1, null, "3831", EnterpriseScale.AboveScale, [parent]);
        var (now, yearAgo, before) = (Last, Periods.YearAgo(Last), Periods.Previous(Last));
        db.AddReport(f1, now, 120, 1000);
        db.AddReport(f1, yearAgo, 100, 1100);
        db.AddReport(f1, before, 110);
        db.AddReport(f2, now, 80, valueAdded: null);
        db.AddReport(f2, yearAgo, 100, valueAdded: null);
        db.AddReport(f2, before, 90);
        db.AddReport(f3, now, 50);
        db.AddReport(f3, before, 40);
        db.AddReport(f4, now, 0);
        db.AddReport(f4, yearAgo, 30);
        db.AddReport(f5, yearAgo, 200);
        await db.SaveChangesAsync();
        await app.ReportsWrittenAsync(now, yearAgo, before);
        return new World(parent, sub, other, top, leaf, f1, f2, f3, f4, f5);
    }

    /// <summary>A use case as the API would get it, once the world exists.</summary>
    private async Task<T> Handler<T>() where T : notnull
    {
        await WorldAsync();
        return ActivatorUtilities.CreateInstance<T>(App.Services);
    }

    private static readonly Actor Office = Official(Prefecture);

    [Fact]
    public async Task Summary_of_the_prefecture_compares_the_same_firms_and_counts_the_firm_that_left()
    {
        var summary = (await (await Handler<GetCockpitSummary>()).HandleAsync(new() { Period = Last }, Office, Ct))!;
        var output = summary.Of(Metric.Output, Basis.Month).Figures;
        Assert.Equal((250m, 230m, 20m, 4), (output.Value, output.Base, output.Increment, output.Firms));
        Assert.Equal((8.70m, 33.33m, 4.17m), (output.Growth, output.GrowingShare, output.MoM));
        Assert.Equal(1, summary.LeftFirms);
        Assert.Equal("6110", summary.Area);
        Assert.Equal("商洛市", summary.Label);

        var ytd = summary.Of(Metric.Output, Basis.YearToDate).Figures;
        Assert.Equal((2300m, 2400m, -4.17m, 0m), (ytd.Value, ytd.Base, ytd.Growth!.Value, ytd.GrowingShare!.Value));
        Assert.Null(ytd.MoM);
        var valueAdded = summary.Of(Metric.ValueAdded, Basis.Month).Figures;
        Assert.Equal((3, 51m), (valueAdded.Firms, valueAdded.Value)); // F2 reported none: 0.3 × (120 + 50 + 0)
        Assert.Equal(225m, summary.Of(Metric.Revenue, Basis.Month).Figures.Value);
    }

    [Fact]
    public async Task Breakdown_by_chain_rolls_sub_chains_up_and_gives_contribution_and_pull()
    {
        var w = await WorldAsync();
        var result = (await (await Handler<GetBreakdown>()).HandleAsync(new() { Period = Last, Dimension = Dimension.Chain }, Office, Ct))!;
        var rows = result.Rows.ToDictionary(r => int.Parse(r.Key));
        Assert.Equal([w.Parent, w.Other], rows.Keys.Order()); // Sub is not a top-level row
        var parent = rows[w.Parent].Figures;
        Assert.Equal((250m, 200m, 50m, 25m, 250m, 21.74m, 3), (parent.Value, parent.Base, parent.Increment, parent.Growth!.Value,
            parent.Contribution!.Value, parent.Pull!.Value, parent.Firms));
        var other = rows[w.Other].Figures;
        Assert.Equal((0m, 30m, -100m, -150m, -13.04m), (other.Value, other.Base, other.Growth!.Value, other.Contribution!.Value, other.Pull!.Value));
        Assert.Equal(250m, result.Total.Figures.Value);

        var subs = (await (await Handler<GetBreakdown>()).HandleAsync(new() { Period = Last, Dimension = Dimension.SubChain, ChainId = w.Parent }, Office, Ct))!;
        var sub = Assert.Single(subs.Rows);
        Assert.Equal((w.Sub.ToString(), 170m, 100m, 70m), (sub.Key, sub.Figures.Value, sub.Figures.Base, sub.Figures.Growth!.Value));
        Assert.Equal(250m, subs.Total.Figures.Value); // the chain's total
        Assert.Equal(68m, sub.ShareOfRegion); // 170 of the prefecture's 250
    }

    [Fact]
    public async Task Breakdown_by_node_counts_a_sub_node_firm_in_its_parent_node()
    {
        var w = await WorldAsync();
        var result = (await (await Handler<GetBreakdown>()).HandleAsync(new() { Period = Last, Dimension = Dimension.Node, ChainId = w.Parent }, Office, Ct))!;
        Assert.Equal([(w.Top.ToString(), "环节", 120m), (w.Leaf.ToString(), "子环节", 120m)],
            result.Rows.Select(r => (r.Key, r.Label, r.Figures.Value)).OrderBy(r => int.Parse(r.Key)));
    }

    [Fact]
    public async Task Breakdown_by_county_park_division_and_scale_splits_the_same_total()
    {
        var h = await Handler<GetBreakdown>();
        async Task<Dictionary<string, (string, decimal, decimal?)>> By(Dimension d) =>
            (await h.HandleAsync(new() { Period = Last, Dimension = d }, Office, Ct))!.Rows.ToDictionary(r => r.Key, r => (r.Label, r.Figures.Value, r.Figures.Growth));
        Assert.Equal(new Dictionary<string, (string, decimal, decimal?)> { [C1] = ("商州区", 200m, 0m), [C2] = ("洛南县", 50m, 66.67m) }, await By(Dimension.County));
        Assert.Equal(new Dictionary<string, (string, decimal, decimal?)> { ["园A"] = ("园A", 120m, 20m), ["园B"] = ("园B", 50m, 66.67m), [Grouping.NoPark] = ("园区外", 80m, -20m) }, await By(Dimension.Park));
        var divisions = await By(Dimension.Division);
        Assert.Equal((200m, 50m), (divisions["38"].Item2, divisions["27"].Item2));
        Assert.Equal("电气机械和器材制造业", divisions["38"].Item1);
        var scale = await By(Dimension.Scale);
        Assert.Equal((("规上", 250m, 25m), ("规下", 0m, -100m)), (scale["AboveScale"], scale["BelowScale"]));
        Assert.Equal(("商洛市", 250m, 8.70m), Assert.Single(await By(Dimension.Prefecture)).Value);
    }

    [Fact]
    public async Task Firms_behind_a_chain_figure_carry_their_own_growth_and_share_of_the_increment()
    {
        var w = await WorldAsync();
        var result = (await (await Handler<ListFigureFirms>()).HandleAsync(
            new() { Period = Last, Dimension = Dimension.Chain, Key = w.Parent.ToString() }, Office, Ct))!;
        Assert.Equal((250m, 3), (result.Figures.Value, result.Firms.Total));
        Assert.Equal([(w.F1, 120m, 100m, 20m, 40m), (w.F2, 80m, 100m, -20m, -40m), (w.F3, 50m, null, null, 100m)],
            result.Firms.Items.Select(r => (r.Id, r.Value, r.YearAgo, r.Growth, r.Contribution!.Value)));
        Assert.DoesNotContain(result.Firms.Items, r => r.Id == w.F5);

        var byGrowth = (await (await Handler<ListFigureFirms>()).HandleAsync(
            new() { Period = Last, Dimension = Dimension.Chain, Key = w.Parent.ToString(), Sort = "growth", Desc = false, PageSize = 2 }, Office, Ct))!;
        Assert.Equal([w.F2, w.F1], byGrowth.Firms.Items.Select(r => r.Id)); // F3 has no growth: last, on page 2
    }

    [Fact]
    public async Task County_officer_sees_only_its_county_and_not_a_neighbour()
    {
        var w = await WorldAsync();
        var county = Official(C1, Roles.County);
        var summary = (await (await Handler<GetCockpitSummary>()).HandleAsync(new() { Period = Last }, county, Ct))!;
        Assert.Equal((200m, 2), (summary.Of(Metric.Output, Basis.Month).Figures.Value, summary.Of(Metric.Output, Basis.Month).Figures.Firms));
        Assert.Equal(C1, summary.Area);

        var chains = (await (await Handler<GetBreakdown>()).HandleAsync(new() { Period = Last, Dimension = Dimension.Chain }, county, Ct))!;
        Assert.Equal([(w.Parent.ToString(), 200m)], chains.Rows.Select(r => (r.Key, r.Figures.Value))); // the city's chain, its county's firms

        Assert.Null(await (await Handler<GetCockpitSummary>()).HandleAsync(new() { Period = Last, Region = C2 }, county, Ct));
        var neighbours = (await (await Handler<ListFigureFirms>()).HandleAsync(new() { Period = Last, Dimension = Dimension.County, Key = C2 }, county, Ct))!;
        Assert.Equal(0, neighbours.Firms.Total);

        var office = (await (await Handler<GetCockpitSummary>()).HandleAsync(new() { Period = Last, Region = C2 }, Office, Ct))!;
        Assert.Equal(50m, office.Of(Metric.Output, Basis.Month).Figures.Value);
        Assert.Equal(20m, office.Of(Metric.Output, Basis.Month).ShareOfRegion);
    }

    [Fact]
    public async Task Enterprise_user_has_no_cockpit_and_unknown_chains_are_not_found()
    {
        await WorldAsync();
        var firm = new Actor("f", "f", new HashSet<string> { Roles.Enterprise }, "", 1, null);
        await Assert.ThrowsAsync<Web.Infrastructure.Errors.AccessDeniedException>(async () =>
            await (await Handler<GetCockpitSummary>()).HandleAsync(new() { Period = Last }, firm, Ct));
        Assert.Null(await (await Handler<GetBreakdown>()).HandleAsync(new() { Period = Last, ChainId = 999_999 }, Office, Ct));
        Assert.Null(await (await Handler<GetBreakdown>()).HandleAsync(new() { Period = Last, Region = "6109" }, Office, Ct));
    }

    [Fact]
    public async Task Trend_of_the_chain_has_the_same_firm_base_for_each_month()
    {
        var w = await WorldAsync();
        var trend = (await (await Handler<GetTrend>()).HandleAsync(new() { Period = Last, ChainId = w.Parent }, Office, Ct))!;
        // From the first month anyone reported (a year ago) to now; months between are empty.
        Assert.Equal(13, trend.Points.Count);
        var points = trend.Points.ToDictionary(p => p.Period);
        Assert.Equal((400m, 0m, null, 3), Tuple(points[Periods.YearAgo(Last)])); // F1, F2, F5
        Assert.Equal((240m, 0m, null, 3), Tuple(points[Periods.Previous(Last)]));
        Assert.Equal((250m, 200m, 25m, 3), Tuple(points[Last]));
        Assert.Equal(0, points[Periods.AddMonths(Last, -6)].Firms);
    }

    private static (decimal, decimal, decimal?, int) Tuple(GetTrend.Point p) => (p.Value, p.Base, p.Growth, p.Firms);
}

[Collection("sqlite")]
public sealed class SqliteCockpitFiguresTests(SqliteApp app) : CockpitFiguresTests(app);

[Collection("postgres")]
public sealed class PostgresCockpitFiguresTests(PostgresApp app) : CockpitFiguresTests(app);
