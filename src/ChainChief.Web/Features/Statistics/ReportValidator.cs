using ChainChief.Web.Infrastructure.Auth;
using static ChainChief.Web.Features.Statistics.StatisticsLabels;

namespace ChainChief.Web.Features.Statistics;

/// <summary>
/// The one validator of all three channels (upload, self-report form, API), pure: it sees the stored data only through
/// the <see cref="ReportLedger"/>. Per row and field: unknown credit code, the actor's scope, a missing or future
/// period, missing or negative figures (利润总额 may be negative), duplicates, a closed month, a year-to-date below
/// the month before; and, as warnings to confirm, a figure more than ten times off its own history.
/// </summary>
public static class ReportValidator
{
    public sealed record Outcome(List<ReportIssue> Errors, List<ReportIssue> Warnings, ReportPlan Plan);

    /// <summary>Officers within their region, and enterprise users for their own firm; others only read.</summary>
    public static bool CanSubmit(Actor actor) => actor.IsAny(Roles.Admin, Roles.ChainOffice, Roles.County, Roles.Enterprise);

    private static readonly Metric[] Required =
        [Metric.Output, Metric.Revenue, Metric.Profit, Metric.Tax, Metric.Electricity, Metric.RnD, Metric.Employees];

    public static Outcome Validate(IReadOnlyList<ReportLine> lines, ReportLedger ledger, Actor actor, int currentPeriod)
    {
        var errors = new List<ReportIssue>();
        var accepted = new List<(ReportLine, FirmRef)>();
        var seen = new Dictionary<(int Firm, int Period), int>();
        foreach (var line in lines)
        {
            var before = errors.Count;
            var firm = CheckFirm(line, ledger, actor, errors);
            CheckPeriod(line, currentPeriod, errors);
            CheckFigures(line, errors);
            if (firm is not null && line.Period is int period && !seen.TryAdd((firm.Id, period), line.Row))
            {
                errors.Add(new(line.Row, ReportField.Period, $"与第{seen[(firm.Id, period)]}行是同一企业、同一统计期"));
            }
            if (errors.Count == before && firm is not null)
            {
                accepted.Add((line, firm));
            }
        }
        var plan = ReportPlanner.Plan(accepted, ledger);
        foreach (var year in plan.Years)
        {
            CheckClosed(year, ledger.ClosedPeriods, errors);
            CheckYearToDate(year, errors);
        }
        var warnings = new List<ReportIssue>();
        foreach (var item in plan.Items.Where(i => i.Action is PlanAction.Create or PlanAction.Correct))
        {
            CheckHistory(item, plan.History[item.EnterpriseId], warnings);
        }
        return new Outcome(errors, warnings, plan);
    }

    private static FirmRef? CheckFirm(ReportLine line, ReportLedger ledger, Actor actor, List<ReportIssue> errors)
    {
        if (!CanSubmit(actor))
        {
            errors.Add(new(line.Row, ReportField.CreditCode, "您的角色不能报送统计数据"));
            return null;
        }
        if (line.CreditCode == "")
        {
            errors.Add(new(line.Row, ReportField.CreditCode, "必填"));
            return null;
        }
        if (!ledger.FirmsByCode.TryGetValue(line.CreditCode, out var firm))
        {
            errors.Add(new(line.Row, ReportField.CreditCode, $"系统中没有统一社会信用代码为“{line.CreditCode}”的企业，请先在企业名录中建档"));
            return null;
        }
        if (actor.IsEnterpriseUser ? firm.Id != actor.EnterpriseId : !actor.CanSeeRegion(firm.CountyCode))
        {
            errors.Add(new(line.Row, ReportField.CreditCode, actor.IsEnterpriseUser
                ? "企业账号只能报送本企业的数据"
                : $"“{firm.Name}”不在您的管辖范围内"));
            return null;
        }
        return firm;
    }

    private static void CheckPeriod(ReportLine line, int currentPeriod, List<ReportIssue> errors)
    {
        if (line.Period is not int period)
        {
            if (!line.IsUnreadable(ReportField.Period))
            {
                errors.Add(new(line.Row, ReportField.Period, "必填，格式为 YYYYMM，如 202610"));
            }
        }
        else if (!Periods.IsValid(period))
        {
            errors.Add(new(line.Row, ReportField.Period, $"“{period}”不是有效的统计期，格式为 YYYYMM，如 202610"));
        }
        else if (period > currentPeriod)
        {
            errors.Add(new(line.Row, ReportField.Period, $"{Periods.Label(period)}晚于当前月份{Periods.Label(currentPeriod)}，不能报送"));
        }
    }

    private static void CheckFigures(ReportLine line, List<ReportIssue> errors)
    {
        foreach (var metric in Enum.GetValues<Metric>())
        {
            var field = ReportLine.FieldOf(metric);
            if (line[metric] is not { } value)
            {
                if (Required.Contains(metric) && !line.IsUnreadable(field))
                {
                    errors.Add(new(line.Row, field, "必填"));
                }
            }
            else if (value < 0 && metric != Metric.Profit)
            {
                errors.Add(new(line.Row, field, $"不能为负数（{Number(value)}）"));
            }
        }
    }

    private static void CheckClosed(YearPlan year, IReadOnlySet<int> closed, List<ReportIssue> errors)
    {
        foreach (var m in year.Months.Where(m => m.IsWritten && closed.Contains(m.Period)))
        {
            if (m.Line is not null)
            {
                errors.Add(new(m.Line.Row, ReportField.Period, $"{Periods.Label(m.Period)}已关账，不能报送或更正；如需更正，请由链长办重新开放该月"));
            }
            else if (m.Cause is not null)
            {
                errors.Add(new(m.Cause.Row, ReportField.Period, $"此更正会改变已关账月份{Periods.Label(m.Period)}的推算数，请先由链长办重新开放该月"));
            }
        }
    }

    /// <summary>Year-to-date figures may not fall from one report to the next within a year (利润总额 may).</summary>
    private static void CheckYearToDate(YearPlan year, List<ReportIssue> errors)
    {
        var previous = year.Opening is null ? ((int Period, Amounts Ytd, ReportLine? Line)?)null : (year.Opening.Period, year.Opening.Ytd, null);
        foreach (var m in year.Months)
        {
            var changed = m.Action is PlanAction.Create or PlanAction.Correct ? m.Line : null;
            if (previous is { } p && (changed is not null || p.Line is not null))
            {
                foreach (var metric in Amounts.Summing.Where(x => x != Metric.Profit))
                {
                    if (m.Ytd[metric] is not { } now || p.Ytd[metric] is not { } then || now >= then)
                    {
                        continue;
                    }
                    errors.Add(changed is not null
                        ? new(changed.Row, ReportLine.FieldOf(metric), $"本年累计{Number(now)}小于{Periods.Label(p.Period)}的本年累计{Number(then)}")
                        : new(p.Line!.Row, ReportLine.FieldOf(metric), $"本年累计{Number(then)}大于{Periods.Label(m.Period)}已报的本年累计{Number(now)}，请一并更正该月"));
                }
            }
            previous = (m.Period, m.Ytd, changed);
        }
    }

    /// <summary>Amounts below this a month (1万元, 1万千瓦时) on both sides are not compared: 0 against a mean of 0.02 is rounding, not an error.</summary>
    public const decimal MaterialAmount = 1m;

    /// <summary>More than 10× or less than 1/10 of the firm's monthly mean over its reports of the twelve months before.
    /// Runs for every row of a province's file, so it sums without LINQ and writes a message only for a warning.</summary>
    private static void CheckHistory(PlannedReport item, List<HistoryPoint> history, List<ReportIssue> warnings)
    {
        var from = Periods.AddMonths(item.Period, -12);
        var start = 0;
        while (start < history.Count && history[start].Period < from)
        {
            start++;
        }
        var end = start;
        while (end < history.Count && history[end].Period < item.Period)
        {
            end++;
        }
        if (end == start)
        {
            return;
        }
        foreach (var metric in Checked)
        {
            if (item.Monthly[metric] is not { } value)
            {
                continue;
            }
            decimal sum = 0;
            int months = 0, known = 0;
            for (var i = start; i < end; i++)
            {
                if (history[i].Monthly[metric] is { } v)
                {
                    (sum, months, known) = (sum + v, months + history[i].Months, known + 1);
                }
            }
            if (known == 0 || Math.Max(Math.Abs(value / item.Months), sum / months) < MaterialAmount)
            {
                continue;
            }
            Compare(item, metric, value / item.Months, sum / months, known, warnings, () =>
            {
                var derived = item.Kind == ReportInputKind.YearToDate ? "按本年累计推算的" : "";
                var span = item.Months > 1 ? $"（含{item.Months}个月）" : "";
                return $"{derived}当月{Of(metric)}{Number(value)}{Unit(metric)}{span}";
            });
        }
        decimal employees = 0;
        for (var i = start; i < end; i++)
        {
            employees += history[i].Employees;
        }
        Compare(item, Metric.Employees, item.Employees, employees / (end - start), end - start, warnings, () => $"从业人员{item.Employees}人");
    }

    /// <summary>The amounts compared with their history: all but 利润总额, which may swing and turn negative.</summary>
    private static readonly Metric[] Checked = [.. Amounts.Summing.Where(m => m != Metric.Profit)];

    private static void Compare(PlannedReport item, Metric metric, decimal perMonth, decimal mean, int months, List<ReportIssue> warnings, Func<string> what)
    {
        if (mean <= 0 || (perMonth <= 10 * mean && perMonth * 10 >= mean))
        {
            return;
        }
        var basis = $"近{months}个月{(metric == Metric.Employees ? "平均" : "月均")}{Number(Amounts.R(mean))}{Unit(metric)}";
        warnings.Add(new(item.Line!.Row, ReportLine.FieldOf(metric), perMonth > 10 * mean
            ? $"{what()}，是{basis}的{Math.Round(perMonth / mean, 1)}倍，请核实"
            : $"{what()}，不到{basis}的十分之一，请核实"));
    }

}
