namespace ChainChief.Web.Features.Statistics;

public enum PlanAction
{
    /// <summary>A submitted month the firm had not reported.</summary>
    Create,
    /// <summary>A submitted month whose figures differ from the stored ones: a correction with a revision.</summary>
    Correct,
    /// <summary>A submitted month identical to the stored one: nothing is written.</summary>
    Unchanged,
    /// <summary>A later stored month whose derived side changes because of an earlier correction or insertion.</summary>
    Rederive,
    /// <summary>A later stored month that stays as it is.</summary>
    Keep,
}

/// <summary>A month after the submission: both sides, what happens to it, and what it was.</summary>
public sealed record PlannedReport(int EnterpriseId, int Period, ReportInputKind Kind, Amounts Monthly, Amounts Ytd, int Employees,
    int Months, PlanAction Action, StoredReport? Before, ReportLine? Line)
{
    /// <summary>For <see cref="PlanAction.Rederive"/>: the submitted month that caused it.</summary>
    public ReportLine? Cause { get; init; }

    public bool IsWritten => Action is PlanAction.Create or PlanAction.Correct or PlanAction.Rederive;
}

/// <summary>One firm's year from the first submitted month on, and the kept month before it.</summary>
public sealed record YearPlan(int EnterpriseId, int Year, StoredReport? Opening, List<PlannedReport> Months);

/// <summary>A month's 当月 figures and how many months they cover, for comparing a figure with its history.</summary>
public readonly record struct HistoryPoint(int Period, Amounts Monthly, int Employees, int Months);

public sealed record ReportPlan(List<YearPlan> Years, IReadOnlyDictionary<int, List<HistoryPoint>> History)
{
    public IEnumerable<PlannedReport> Items => Years.SelectMany(y => y.Months);
}

/// <summary>
/// Merges submitted months into each firm's stored year and derives both sides with <see cref="ReportSeries"/> (pure).
/// Months before the first submitted one are kept as stored; from it on every month is re-derived and compared.
/// </summary>
public static class ReportPlanner
{
    public static ReportPlan Plan(IReadOnlyList<(ReportLine Line, FirmRef Firm)> accepted, ReportLedger ledger)
    {
        var years = new List<YearPlan>();
        foreach (var group in accepted.GroupBy(a => (a.Firm.Id, Year: Periods.Year(a.Line.Period!.Value))))
        {
            years.Add(PlanYear(group.Key.Id, group.Key.Year, group.Select(a => a.Line).ToList(), ledger));
        }
        var history = new Dictionary<int, List<HistoryPoint>>();
        foreach (var firm in years.GroupBy(y => y.EnterpriseId))
        {
            history[firm.Key] = HistoryOf(ledger.ReportsOf(firm.Key), firm, ledger.WindowStart);
        }
        return new ReportPlan(years, history);
    }

    private static YearPlan PlanYear(int firmId, int year, List<ReportLine> lines, ReportLedger ledger)
    {
        // The stored list is in period order: the opening is the last stored month of the year before the first submitted one.
        lines.Sort((a, b) => a.Period!.Value.CompareTo(b.Period!.Value));
        var first = lines[0].Period!.Value;
        StoredReport? opening = null;
        var stored = new Dictionary<int, StoredReport>();
        foreach (var r in ledger.ReportsOf(firmId))
        {
            if (Periods.Year(r.Period) != year)
            {
                continue;
            }
            if (r.Period < first)
            {
                opening = r;
            }
            else
            {
                stored[r.Period] = r;
            }
        }
        var submitted = lines.ToDictionary(l => l.Period!.Value);
        var tail = stored.Count == 0 ? [.. submitted.Keys] : stored.Keys.Union(submitted.Keys).Order().ToList();
        var entries = tail.Select(p => submitted.TryGetValue(p, out var l)
            ? new ReportSeries.Entry(p, l.Kind, l.Given, (int)l.Employees!.Value)
            : new ReportSeries.Entry(p, stored[p].Kind, stored[p].Given, stored[p].Employees)).ToList();
        var derived = ReportSeries.Derive(entries, opening is null ? null : new ReportSeries.Opening(opening.Period, opening.Ytd));
        var months = new List<PlannedReport>(derived.Count);
        ReportLine? cause = null;
        foreach (var d in derived)
        {
            var before = stored.GetValueOrDefault(d.Period);
            var line = submitted.GetValueOrDefault(d.Period);
            var same = before is not null && Same(before, d);
            var action = line is not null
                ? before is null ? PlanAction.Create : same ? PlanAction.Unchanged : PlanAction.Correct
                : same ? PlanAction.Keep : PlanAction.Rederive;
            // An unchanged resubmission keeps the stored kind: only the figures matter.
            var kind = action == PlanAction.Unchanged ? before!.Kind : d.Kind;
            months.Add(new PlannedReport(firmId, d.Period, kind, d.Monthly, d.Ytd, d.Employees, d.Months, action, before, line)
            {
                Cause = action == PlanAction.Rederive ? cause : null,
            });
            if (line is not null && action != PlanAction.Unchanged)
            {
                cause = line;
            }
        }
        return new YearPlan(firmId, year, opening, months);
    }

    private static bool Same(StoredReport s, ReportSeries.Derived d) =>
        s.Employees == d.Employees && s.Monthly.Rounded() == d.Monthly.Rounded() && s.Ytd.Rounded() == d.Ytd.Rounded();

    /// <summary>
    /// The firm's months after the submission, for the 10× check. A stored month's 当月 covers the months since the
    /// previous report of its year; in a year whose start lies before the loaded window it is taken as one month.
    /// </summary>
    private static List<HistoryPoint> HistoryOf(IReadOnlyList<StoredReport> stored, IEnumerable<YearPlan> planned, int windowStart)
    {
        var points = new Dictionary<int, HistoryPoint>(stored.Count + 1);
        var previous = 0;
        foreach (var r in stored)
        {
            var sameYear = previous != 0 && Periods.Year(previous) == Periods.Year(r.Period);
            var yearLoaded = Periods.Of(Periods.Year(r.Period), 1) >= windowStart;
            var months = sameYear ? r.Period - previous : yearLoaded ? Periods.Month(r.Period) : 1;
            points[r.Period] = new HistoryPoint(r.Period, r.Monthly, r.Employees, months);
            previous = r.Period;
        }
        foreach (var m in planned.SelectMany(y => y.Months))
        {
            points[m.Period] = new HistoryPoint(m.Period, m.Monthly, m.Employees, m.Months);
        }
        var list = points.Values.ToList();
        list.Sort((a, b) => a.Period.CompareTo(b.Period));
        return list;
    }
}
