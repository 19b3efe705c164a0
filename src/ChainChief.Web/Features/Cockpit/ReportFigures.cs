using System.Linq.Expressions;
using ChainChief.Web.Features.Statistics;

namespace ChainChief.Web.Features.Cockpit;

/// <summary>
/// One firm's reported figures for one month, every metric on both bases, compact enough to hold a province's month in
/// memory (≈300 bytes a firm). A null is a figure the firm did not report (工业增加值 is optional).
/// </summary>
public sealed class ReportFigures
{
    private static readonly int Slots = Enum.GetValues<Metric>().Length * 2;
    private readonly decimal[] values = new decimal[Slots];
    private int present;

    public decimal? this[Metric metric, Basis basis]
    {
        get
        {
            var i = Slot(metric, basis);
            return (present & (1 << i)) != 0 ? values[i] : null;
        }
    }

    private void Set(Metric metric, decimal month, decimal ytd)
    {
        values[Slot(metric, Basis.Month)] = month;
        values[Slot(metric, Basis.YearToDate)] = ytd;
        present |= (1 << Slot(metric, Basis.Month)) | (1 << Slot(metric, Basis.YearToDate));
    }

    private static int Slot(Metric metric, Basis basis) => ((int)metric * 2) + (int)basis;

    /// <summary>The columns of a monthly report that the cockpit reads.</summary>
    public sealed record Row(int EnterpriseId, int Period, decimal Output, decimal OutputYtd, decimal Revenue, decimal RevenueYtd,
        decimal Profit, decimal ProfitYtd, decimal Tax, decimal TaxYtd, decimal Electricity, decimal ElectricityYtd, decimal RnD, decimal RnDYtd,
        decimal? ValueAdded, decimal? ValueAddedYtd, int Employees);

    public static readonly Expression<Func<MonthlyReport, Row>> Projection = r => new Row(r.EnterpriseId, r.Period, r.Output, r.OutputYtd,
        r.Revenue, r.RevenueYtd, r.Profit, r.ProfitYtd, r.Tax, r.TaxYtd, r.ElectricityKwh10k, r.ElectricityKwh10kYtd, r.RnD, r.RnDYtd,
        r.ValueAdded, r.ValueAddedYtd, r.Employees);

    public static ReportFigures From(Row r)
    {
        var f = new ReportFigures();
        f.Set(Metric.Output, r.Output, r.OutputYtd);
        f.Set(Metric.Revenue, r.Revenue, r.RevenueYtd);
        f.Set(Metric.Profit, r.Profit, r.ProfitYtd);
        f.Set(Metric.Tax, r.Tax, r.TaxYtd);
        f.Set(Metric.Electricity, r.Electricity, r.ElectricityYtd);
        f.Set(Metric.RnD, r.RnD, r.RnDYtd);
        if (r.ValueAdded is { } va)
        {
            f.Set(Metric.ValueAdded, va, r.ValueAddedYtd ?? va);
        }
        f.Set(Metric.Employees, r.Employees, r.Employees);
        return f;
    }

    /// <summary>The report column behind a metric and basis, for queries that read one column only.</summary>
    public static string Column(Metric metric, Basis basis)
    {
        var name = metric switch
        {
            Metric.Electricity => nameof(MonthlyReport.ElectricityKwh10k),
            Metric.Employees => nameof(MonthlyReport.Employees),
            _ => metric.ToString(),
        };
        return basis == Basis.YearToDate && metric != Metric.Employees ? name + "Ytd" : name;
    }
}
