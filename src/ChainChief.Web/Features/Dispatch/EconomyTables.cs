using ChainChief.Web.Features.Cockpit;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure.Auth;

namespace ChainChief.Web.Features.Dispatch;

/// <summary>
/// The statistics tables of the 月调度 report, from the cockpit's figures (同口径 growth, 贡献率, 拉动, 增长面): the whole
/// scope's headline indicators, then one row per chain or county with output, revenue, profit and tax year to date.
/// </summary>
public sealed class EconomyTables(GetCockpitSummary summary, GetBreakdown breakdown)
{
    private static readonly Metric[] Headline = [Metric.Output, Metric.Revenue, Metric.Profit, Metric.Tax, Metric.Electricity, Metric.Employees];
    private static readonly Metric[] Money = [Metric.Revenue, Metric.Profit, Metric.Tax];

    public async Task<(GetCockpitSummary.Result Summary, DispatchTable Table)?> OverviewAsync(int period, Actor actor, CancellationToken ct)
    {
        if (await summary.HandleAsync(new() { Period = period }, actor, ct) is not { } s)
        {
            return null;
        }
        var rows = Headline.Select(m =>
        {
            var (month, ytd) = (s.Of(m, Basis.Month).Figures, s.Of(m, Basis.YearToDate).Figures);
            var unit = m is Metric.Electricity or Metric.Employees ? CockpitLabels.Unit(m) : "亿元";
            return new DispatchRow([CockpitLabels.Of(m), unit, Scaled(m, month.Value), month.Growth, Scaled(m, ytd.Value), ytd.Growth, ytd.GrowingShare, month.MoM]);
        }).ToList();
        DispatchColumn[] columns = [new("指标"), new("单位"), new("当月", CellFormat.Amount), new("当月同比(%)", CellFormat.Percent),
            new("本年累计", CellFormat.Amount), new("累计同比(%)", CellFormat.Percent), new("增长面(%)", CellFormat.Percent), new("环比(%)", CellFormat.Percent)];
        return (s, new DispatchTable("overview", $"一、{s.Label}规上工业主要指标", columns, rows,
            $"同口径：本期报送企业与其上年同期相比；{s.Kpis[0].Figures.Firms:N0}家企业报送，{s.LeftFirms:N0}家上年报送本期未报送，不计入两期。"));
    }

    /// <summary>Chains or counties × metrics, year to date; rows link to the cockpit page of the chain or county.</summary>
    public async Task<(GetBreakdown.Result Output, DispatchTable Table)?> ByAsync(Dimension dimension, int period, Actor actor, CancellationToken ct)
    {
        GetBreakdown.Query Query(Metric metric, Basis basis) => new() { Period = period, Dimension = dimension, Metric = metric, Basis = basis };
        if (await breakdown.HandleAsync(Query(Metric.Output, Basis.YearToDate), actor, ct) is not { } output
            || await breakdown.HandleAsync(Query(Metric.Output, Basis.Month), actor, ct) is not { } month)
        {
            return null;
        }
        var others = new List<GetBreakdown.Result>();
        foreach (var metric in Money)
        {
            others.Add((await breakdown.HandleAsync(Query(metric, Basis.YearToDate), actor, ct))!);
        }
        var name = dimension == Dimension.Chain ? "产业链" : "县区";
        List<DispatchColumn> columns = [new(name), new("企业数", CellFormat.Count), new("当月产值(亿元)", CellFormat.Amount),
            new("累计产值(亿元)", CellFormat.Amount), new("产值同比(%)", CellFormat.Percent), new("贡献率(%)", CellFormat.Percent),
            new("拉动(百分点)", CellFormat.Points), new("增长面(%)", CellFormat.Percent)];
        foreach (var metric in Money)
        {
            columns.Add(new($"累计{CockpitLabels.Of(metric)}(亿元)", CellFormat.Amount));
            columns.Add(new($"{CockpitLabels.Of(metric)}同比(%)", CellFormat.Percent));
        }
        DispatchRow Row(GetBreakdown.Row r, Func<GetBreakdown.Result, GetBreakdown.Row?> pick, string? href, bool total)
        {
            var f = r.Figures;
            var cells = new List<object?> { r.Label, f.Firms, pick(month) is { } m ? DispatchFormat.Yi(m.Figures.Value) : null,
                DispatchFormat.Yi(f.Value), f.Growth, f.Contribution, f.Pull, f.GrowingShare };
            foreach (var other in others)
            {
                var o = pick(other)?.Figures;
                cells.Add(o is null ? null : DispatchFormat.Yi(o.Value));
                cells.Add(o?.Growth);
            }
            return new DispatchRow(cells, href, total);
        }
        var rows = output.Rows.Select(r => Row(r, x => x.Rows.FirstOrDefault(y => y.Key == r.Key), Href(dimension, r.Key), false)).ToList();
        rows.Add(Row(output.Total with { Label = "合计" }, x => x.Total, null, true));
        var title = dimension == Dimension.Chain ? "二、重点产业链运行情况（本年累计）" : "三、分县区运行情况（本年累计）";
        var note = dimension == Dimension.Chain ? "一家企业在多条链上时在每条链各计一次，各链之和可大于合计。" : null;
        return (output, new DispatchTable(dimension == Dimension.Chain ? "chains" : "counties", title, columns, rows, note));
    }

    private static object Scaled(Metric metric, decimal value) => metric switch
    {
        Metric.Employees => (object)(int)value,
        Metric.Electricity => Math.Round(value, 2),
        _ => DispatchFormat.Yi(value),
    };

    private static string Href(Dimension dimension, string key) => dimension == Dimension.Chain ? $"/cockpit/chains/{key}" : $"/cockpit/counties/{key}";
}
