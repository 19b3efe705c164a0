namespace ChainChief.Web.Features.Statistics;

/// <summary>A field of a submitted report, so each channel can name it its own way (sheet column, JSON property, form label).</summary>
public enum ReportField
{
    CreditCode,
    Period,
    InputKind,
    Output,
    Revenue,
    Profit,
    Tax,
    Electricity,
    RnD,
    ValueAdded,
    Employees,
    Version,
}

/// <summary>
/// One submitted report, whatever channel it came through (upload row, self-report form, API item). Figures are the
/// side named by <see cref="Kind"/>; null means the cell was empty or could not be read.
/// </summary>
public sealed class ReportLine
{
    /// <summary>Sheet row (header = 1) or 1-based position in the API array.</summary>
    public int Row { get; init; }
    public string CreditCode { get; init; } = "";
    public int? Period { get; init; }
    public ReportInputKind Kind { get; init; } = ReportInputKind.YearToDate;
    public decimal? Output { get; init; }
    public decimal? Revenue { get; init; }
    public decimal? Profit { get; init; }
    public decimal? Tax { get; init; }
    public decimal? Electricity { get; init; }
    public decimal? RnD { get; init; }
    public decimal? ValueAdded { get; init; }
    public decimal? Employees { get; init; }
    /// <summary>The version the submitter read: null = no check, -1 = no report may exist yet (form and API only).</summary>
    public int? ExpectedVersion { get; init; }
    /// <summary>Why a correction was made (form and API); kept on the revision.</summary>
    public string? Reason { get; init; }
    /// <summary>Fields the channel already reported as unreadable, so the validator does not also call them missing.</summary>
    public HashSet<ReportField>? Unreadable { get; set; }

    public decimal? this[Metric metric] => metric switch
    {
        Metric.Output => Output,
        Metric.Revenue => Revenue,
        Metric.Profit => Profit,
        Metric.Tax => Tax,
        Metric.Electricity => Electricity,
        Metric.RnD => RnD,
        Metric.ValueAdded => ValueAdded,
        _ => Employees,
    };

    /// <summary>The given side once every required figure is present (validated).</summary>
    public Amounts Given => new Amounts(Output ?? 0, Revenue ?? 0, Profit ?? 0, Tax ?? 0, Electricity ?? 0, RnD ?? 0, ValueAdded).Rounded();

    public static ReportField FieldOf(Metric metric) => metric switch
    {
        Metric.Output => ReportField.Output,
        Metric.Revenue => ReportField.Revenue,
        Metric.Profit => ReportField.Profit,
        Metric.Tax => ReportField.Tax,
        Metric.Electricity => ReportField.Electricity,
        Metric.RnD => ReportField.RnD,
        Metric.ValueAdded => ReportField.ValueAdded,
        _ => ReportField.Employees,
    };

    public bool IsUnreadable(ReportField field) => Unreadable?.Contains(field) == true;
}

/// <summary>A problem with one field of one submitted row; warnings need confirmation, errors block the whole submission.</summary>
public sealed record ReportIssue(int Row, ReportField Field, string Reason);

/// <summary>An issue as a channel shows it: the field named the channel's way (sheet column, JSON property).</summary>
public sealed record RowIssue(int Row, string Field, string Reason);
