using ChainChief.Web.Features.Statistics;
using Microsoft.AspNetCore.Components;

namespace ChainChief.Web.Features.Cockpit.Pages;

/// <summary>
/// A metric split by any dimension (chain, sub-chain, node, county, park, GB/T 4754 division, scale, prefecture) for the
/// actor's region or a county or chain within it: value, 同口径 base and growth, MoM, 贡献率, 拉动, 增长面, share;
/// each row opens the firms behind it, and the table exports to Excel.
/// </summary>
public sealed partial class BreakdownPage
{
    [SupplyParameterFromQuery(Name = "period")] public int? Period { get; set; }
    [SupplyParameterFromQuery(Name = "dimension")] public string? DimensionName { get; set; }
    [SupplyParameterFromQuery(Name = "metric")] public string? MetricName { get; set; }
    [SupplyParameterFromQuery(Name = "basis")] public string? BasisName { get; set; }
    [SupplyParameterFromQuery(Name = "region")] public string? Region { get; set; }
    [SupplyParameterFromQuery(Name = "chainId")] public int? ChainId { get; set; }

    private IReadOnlyList<int> periods = [];
    private GetBreakdown.Result? result;

    private Dimension DimensionValue => Enum.TryParse<Dimension>(DimensionName, out var d) ? d : Dimension.County;
    private Metric MetricValue => Enum.TryParse<Metric>(MetricName, out var m) ? m : Metric.Output;
    private Basis BasisValue => Enum.TryParse<Basis>(BasisName, out var b) ? b : Basis.YearToDate;

    /// <summary>Sub-chains and nodes only mean something on a chain's page.</summary>
    private IEnumerable<Dimension> Dimensions => Enum.GetValues<Dimension>()
        .Where(d => d != Dimension.City && (ChainId is not null || d is not (Dimension.SubChain or Dimension.Node)));

    protected override async Task OnParametersSetAsync()
    {
        periods = await Stats.PeriodsAsync(CancellationToken.None);
        result = await Breakdown.HandleAsync(new GetBreakdown.Query
        {
            Period = Period, Dimension = DimensionValue, Metric = MetricValue, Basis = BasisValue, Region = Region, ChainId = ChainId,
        }, await GetActorAsync(), CancellationToken.None);
    }

    private string Query() => $"?period={result?.Period ?? Period}&dimension={DimensionValue}&metric={MetricValue}&basis={BasisValue}"
        + CockpitScope.QueryString(Region, ChainId);

    private string FirmsUrl(string key) => $"/cockpit/firms{Query()}&key={Uri.EscapeDataString(key)}";

    private void Go(int? period = null, string? dimension = null, string? metric = null, string? basis = null)
    {
        var changes = new Dictionary<string, object?>();
        if (period is { } p) { changes["period"] = p; }
        if (dimension is not null) { changes["dimension"] = dimension; }
        if (metric is not null) { changes["metric"] = metric; }
        if (basis is not null) { changes["basis"] = basis; }
        Nav.NavigateTo(Nav.GetUriWithQueryParameters(changes), replace: true);
    }
}
