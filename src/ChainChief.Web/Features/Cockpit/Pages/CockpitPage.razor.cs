using ChainChief.Web.Components.Charts;
using ChainChief.Web.Features.Statistics;
using Microsoft.AspNetCore.Components;

namespace ChainChief.Web.Features.Cockpit.Pages;

/// <summary>
/// The leaders' cockpit (驾驶舱) of the actor's region, a county in it, or a chain: headline cards, the 36-month trend,
/// the county map shaded by growth and the rankings. Every figure opens what is behind it — a chain's or county's own
/// cockpit, or the firms (<c>/cockpit/firms</c>). All figures come from the cached statistics snapshot.
/// </summary>
public sealed partial class CockpitPage
{
    [Parameter] public int? ChainId { get; set; }
    [Parameter] public string? Region { get; set; }
    [SupplyParameterFromQuery(Name = "period")] public int? Period { get; set; }

    [Inject] private StatisticsSnapshot Stats { get; set; } = default!;
    [Inject] private GetCockpitSummary Summary { get; set; } = default!;
    [Inject] private GetTrend Trend { get; set; } = default!;
    [Inject] private GetBreakdown Breakdown { get; set; } = default!;

    private IReadOnlyList<int> periods = [];
    private int period;
    private bool loading = true;
    private GetCockpitSummary.Result? summary;
    private GetTrend.Result? trend;
    private GetBreakdown.Result? groups, counties, nodes;

    private const string GrowingKey = "growing";

    private sealed record Card(string Key, string Label, string Value, decimal? Growth, string? Detail, string Href);

    protected override async Task OnParametersSetAsync()
    {
        loading = true;
        var ct = CancellationToken.None;
        var actor = await GetActorAsync();
        periods = await Stats.PeriodsAsync(ct);
        period = Period is { } asked && periods.Contains(asked) ? asked : periods.Count > 0 ? periods[0] : 0;
        summary = null;
        if (periods.Count > 0 && await Summary.HandleAsync(new() { Period = period, Region = Region, ChainId = ChainId }, actor, ct) is { } s)
        {
            summary = s;
            trend = await Trend.HandleAsync(new() { Period = period, Region = Region, ChainId = ChainId }, actor, ct);
            GetBreakdown.Query By(Dimension d) => new() { Period = period, Region = Region, ChainId = ChainId, Dimension = d, Basis = Basis.YearToDate };
            groups = await Breakdown.HandleAsync(By(ChainId is null ? Dimension.Chain : Dimension.SubChain), actor, ct);
            // A county's page shows its city's map with the county outlined (and the other counties' figures when the actor may see them).
            counties = Region is { Length: 6 } county
                ? await Breakdown.HandleAsync(By(Dimension.County) with { Region = county[..4], ChainId = null }, actor, ct) ?? await Breakdown.HandleAsync(By(Dimension.County), actor, ct)
                : await Breakdown.HandleAsync(By(Dimension.County), actor, ct);
            nodes = ChainId is null ? null : await Breakdown.HandleAsync(By(Dimension.Node), actor, ct);
        }
        loading = false;
    }

    private IEnumerable<Card> Cards()
    {
        var s = summary!;
        string Firms(Metric metric, Basis basis) =>
            $"/cockpit/firms?period={period}&metric={metric}&basis={basis}{CockpitScope.QueryString(Region, ChainId)}";
        Card Of(Metric metric, Basis basis, string label)
        {
            var k = s.Of(metric, basis);
            var mom = basis == Basis.Month && k.Figures.MoM is { } m ? $"{L["MoM"]} {ChartFormat.Percent(m)}" : null;
            return new Card($"{metric}-{basis}", label, ChartFormat.Amount(k.Figures.Value, k.Unit), k.Figures.Growth, mom, Firms(metric, basis));
        }
        yield return Of(Metric.Output, Basis.Month, L["Output this month"]);
        yield return Of(Metric.Output, Basis.YearToDate, L["Output year to date"]);
        yield return Of(Metric.Revenue, Basis.YearToDate, L["Revenue year to date"]);
        yield return Of(Metric.Profit, Basis.YearToDate, L["Profit year to date"]);
        yield return Of(Metric.Tax, Basis.YearToDate, L["Tax paid year to date"]);
        var ytd = s.Of(Metric.Output, Basis.YearToDate).Figures;
        yield return new Card(GrowingKey, L["Firms growing"], ChartFormat.Percent(ytd.GrowingShare).TrimStart('+'), null,
            L["{0} of {1} firms, {2} left since last year", ytd.Growing, ytd.WithBase, s.LeftFirms], Firms(Metric.Output, Basis.YearToDate) + "&sort=growth");
    }

    /// <summary>The map's area: a county is drawn within its city.</summary>
    private string MapArea => summary!.Area.Length == 6 ? summary.Area[..4] : summary.Area;

    private Dictionary<string, decimal?> CountyGrowth() =>
        counties?.Rows.ToDictionary(r => r.Key, r => r.Figures.Growth) ?? new Dictionary<string, decimal?>();

    private IReadOnlyList<BarRanking.Item> Ranking(GetBreakdown.Result result) => [.. result.Rows.Select(r => new BarRanking.Item(r.Key, r.Label, r.Figures.Growth,
        L["{0}: contribution {1}, pull {2} pp, {3} firms", ChartFormat.Amount(r.Figures.Value, result.Unit), ChartFormat.Percent(r.Figures.Contribution),
            ChartFormat.Points(r.Figures.Pull), r.Figures.Firms]))];

    private void PickPeriod(int value) => Nav.NavigateTo(Nav.GetUriWithQueryParameter("period", value));

    private void OpenCounty(string code) => Nav.NavigateTo(ChainId is null
        ? $"/cockpit/counties/{code}?period={period}"
        : $"/cockpit/firms?period={period}&basis=YearToDate&dimension=County&key={code}&chainId={ChainId}");

    private string BreakdownUrl => $"/cockpit/breakdown?period={period}&dimension={(ChainId is null ? Dimension.Park : Dimension.Node)}"
        + CockpitScope.QueryString(Region, ChainId);

    private void OpenGroup(string key) => Nav.NavigateTo($"/cockpit/chains/{key}?period={period}");

    private void OpenNode(string key) => Nav.NavigateTo($"/cockpit/firms?period={period}&basis=YearToDate&dimension=Node&key={key}&chainId={ChainId}");
}
