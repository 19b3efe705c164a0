namespace ChainChief.Web.Features.Statistics;

/// <summary>A report as stored, read without tracking for validation and planning.</summary>
public sealed record StoredReport(long Id, int EnterpriseId, int Period, ReportInputKind Kind, Amounts Monthly, Amounts Ytd,
    int Employees, int Version, string? ConfirmedWarning)
{
    public Amounts Given => Kind == ReportInputKind.YearToDate ? Ytd : Monthly;
}

/// <summary>A registry firm as the validator needs it.</summary>
public sealed record FirmRef(int Id, string CreditCode, string Name, string CountyCode);

/// <summary>
/// What the validator and planner know of the stored data (no I/O of their own): the submitted firms, their reports
/// from <see cref="WindowStart"/> to the end of the last submitted year, and the closed months.
/// </summary>
public sealed class ReportLedger
{
    public required IReadOnlyDictionary<string, FirmRef> FirmsByCode { get; init; }
    /// <summary>Per firm, its loaded reports in period order.</summary>
    public required IReadOnlyDictionary<int, List<StoredReport>> Reports { get; init; }
    public required IReadOnlySet<int> ClosedPeriods { get; init; }
    /// <summary>The first period loaded: twelve months before the first submitted one, so history and whole years are known.</summary>
    public required int WindowStart { get; init; }

    public IReadOnlyList<StoredReport> ReportsOf(int enterpriseId) =>
        Reports.TryGetValue(enterpriseId, out var list) ? list : [];

    /// <summary>The loading window for submitted periods: twelve months of history before the first, to December of the last year.</summary>
    public static (int From, int To) Window(IEnumerable<int> periods)
    {
        var list = periods.ToList();
        return list.Count == 0 ? (0, 0) : (Periods.AddMonths(list.Min(), -12), Periods.Of(Periods.Year(list.Max()), 12));
    }

    public static ReportLedger Empty(int windowStart = 0) => new()
    {
        FirmsByCode = new Dictionary<string, FirmRef>(),
        Reports = new Dictionary<int, List<StoredReport>>(),
        ClosedPeriods = new HashSet<int>(),
        WindowStart = windowStart,
    };
}
