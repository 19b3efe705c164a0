namespace ChainChief.Web.Features.Statistics;

/// <summary>
/// One side of a monthly report (当月 or 本年累计): the seven metrics that sum over months. 工业增加值 is optional,
/// and a missing value stays missing through arithmetic rather than turning into zero.
/// </summary>
public readonly record struct Amounts(decimal Output, decimal Revenue, decimal Profit, decimal Tax, decimal Electricity,
    decimal RnD, decimal? ValueAdded)
{
    /// <summary>The metrics that sum over months, in sheet order (all but <see cref="Metric.Employees"/>).</summary>
    public static readonly Metric[] Summing =
        [Metric.Output, Metric.Revenue, Metric.Profit, Metric.Tax, Metric.Electricity, Metric.RnD, Metric.ValueAdded];

    public static readonly Amounts Zero = new(0, 0, 0, 0, 0, 0, 0);

    public decimal? this[Metric metric] => metric switch
    {
        Metric.Output => Output,
        Metric.Revenue => Revenue,
        Metric.Profit => Profit,
        Metric.Tax => Tax,
        Metric.Electricity => Electricity,
        Metric.RnD => RnD,
        Metric.ValueAdded => ValueAdded,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Employees is a stock, not an amount."),
    };

    public static Amounts operator +(Amounts a, Amounts b) => new(a.Output + b.Output, a.Revenue + b.Revenue,
        a.Profit + b.Profit, a.Tax + b.Tax, a.Electricity + b.Electricity, a.RnD + b.RnD, a.ValueAdded + b.ValueAdded);

    public static Amounts operator -(Amounts a, Amounts b) => new(a.Output - b.Output, a.Revenue - b.Revenue,
        a.Profit - b.Profit, a.Tax - b.Tax, a.Electricity - b.Electricity, a.RnD - b.RnD, a.ValueAdded - b.ValueAdded);

    /// <summary>Rounded to the stored precision (2 decimals), so figures read back from either database compare equal.</summary>
    public Amounts Rounded() => new(R(Output), R(Revenue), R(Profit), R(Tax), R(Electricity), R(RnD),
        ValueAdded is { } v ? R(v) : null);

    public static decimal R(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>The 当月 side of a stored report.</summary>
    public static Amounts MonthlyOf(MonthlyReport r) => new(r.Output, r.Revenue, r.Profit, r.Tax, r.ElectricityKwh10k, r.RnD, r.ValueAdded);

    /// <summary>The 本年累计 side of a stored report.</summary>
    public static Amounts YtdOf(MonthlyReport r) =>
        new(r.OutputYtd, r.RevenueYtd, r.ProfitYtd, r.TaxYtd, r.ElectricityKwh10kYtd, r.RnDYtd, r.ValueAddedYtd);

    public static void SetMonthly(MonthlyReport r, Amounts a)
    {
        (r.Output, r.Revenue, r.Profit, r.Tax, r.ElectricityKwh10k, r.RnD, r.ValueAdded) =
            (a.Output, a.Revenue, a.Profit, a.Tax, a.Electricity, a.RnD, a.ValueAdded);
    }

    public static void SetYtd(MonthlyReport r, Amounts a)
    {
        (r.OutputYtd, r.RevenueYtd, r.ProfitYtd, r.TaxYtd, r.ElectricityKwh10kYtd, r.RnDYtd, r.ValueAddedYtd) =
            (a.Output, a.Revenue, a.Profit, a.Tax, a.Electricity, a.RnD, a.ValueAdded);
    }
}
