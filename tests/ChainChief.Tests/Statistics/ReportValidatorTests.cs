using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure.Auth;

namespace ChainChief.Tests.Statistics;

/// <summary>Each rule of the shared validator at its boundary (pure: a hand-built ledger, no database).</summary>
public sealed class ReportValidatorTests
{
    private const int Now = 202611;
    private const string CodeA = "91610902MA0000000A"; // 汉滨区, id 1, reported 100 a month Jan–Oct 2026
    private const string CodeB = "91610921MA0000000B"; // 汉阴县, id 2, no reports
    private const string CodeC = "91610102MA0000000C"; // 西安 (outside the city), id 3

    private static readonly Actor Office = Actor("office", Roles.ChainOffice, "6109");
    private static readonly Actor County = Actor("county", Roles.County, "610902");
    private static readonly Actor Firm = Actor("firm", Roles.Enterprise, "", enterpriseId: 1);
    private static readonly Actor Chief = Actor("chief", Roles.ChainChief, "6109");
    private static readonly Actor Admin = Actor("admin", Roles.Admin, "");

    private static Actor Actor(string name, string role, string scope, int? enterpriseId = null) =>
        new(name, name, new HashSet<string> { role }, scope, enterpriseId, null);

    /// <summary>Every metric proportional to the output figure.</summary>
    private static Amounts A(decimal output) => new(output, output, output / 10, output / 20, output / 5, output / 50, null);

    private static ReportLedger Ledger(IEnumerable<int>? closed = null, Func<int, decimal>? monthlyOutput = null)
    {
        var reports = new List<StoredReport>();
        decimal ytd = 0;
        foreach (var period in Periods.Range(202601, 202610))
        {
            var monthly = monthlyOutput?.Invoke(period) ?? 100;
            ytd += monthly;
            reports.Add(new StoredReport(period, 1, period, ReportInputKind.YearToDate, A(monthly), A(ytd), 100, 0, null));
        }
        return new ReportLedger
        {
            FirmsByCode = new Dictionary<string, FirmRef>
            {
                [CodeA] = new(1, CodeA, "汉滨甲公司", "610902"),
                [CodeB] = new(2, CodeB, "汉阴乙公司", "610921"),
                [CodeC] = new(3, CodeC, "西安丙公司", "610102"),
            },
            Reports = new Dictionary<int, List<StoredReport>> { [1] = reports },
            ClosedPeriods = (closed ?? []).ToHashSet(),
            WindowStart = 202511,
        };
    }

    private static ReportLine Line(string code = CodeA, int? period = 202611, decimal output = 1100, ReportInputKind kind = ReportInputKind.YearToDate,
        int row = 2, decimal employees = 100, decimal? rnd = null)
    {
        var a = A(output);
        return new ReportLine
        {
            Row = row, CreditCode = code, Period = period, Kind = kind, Output = a.Output, Revenue = a.Revenue, Profit = a.Profit,
            Tax = a.Tax, Electricity = a.Electricity, RnD = rnd ?? a.RnD, Employees = employees,
        };
    }

    private static ReportValidator.Outcome Validate(ReportLedger ledger, Actor actor, params ReportLine[] lines) =>
        ReportValidator.Validate(lines, ledger, actor, Now);

    private static ReportValidator.Outcome Validate(params ReportLine[] lines) => Validate(Ledger(), Office, lines);

    [Fact]
    public void Validate_regular_next_month_passes_and_plans_a_new_report()
    {
        var outcome = Validate(Line());
        Assert.Empty(outcome.Errors);
        Assert.Empty(outcome.Warnings);
        var item = Assert.Single(outcome.Plan.Items);
        Assert.Equal((PlanAction.Create, 100m, 1100m), (item.Action, item.Monthly.Output, item.Ytd.Output));
    }

    [Fact]
    public void Validate_unknown_credit_code_is_an_error_on_the_credit_code()
    {
        var error = Assert.Single(Validate(Line(code: "91610902MA000000XX")).Errors);
        Assert.Equal((2, ReportField.CreditCode), (error.Row, error.Field));
        Assert.Contains("系统中没有", error.Reason);
    }

    [Theory]
    [InlineData(202611, true)]
    [InlineData(202612, false)]
    [InlineData(202701, false)]
    public void Validate_period_up_to_the_current_month_passes_and_a_later_one_is_refused(int period, bool passes)
    {
        var errors = Validate(Line(code: CodeB, period: period, output: 100)).Errors;
        Assert.Equal(passes, errors.Count == 0);
        if (!passes)
        {
            Assert.Equal(ReportField.Period, Assert.Single(errors).Field);
            Assert.Contains("晚于当前月份", errors[0].Reason);
        }
    }

    [Fact]
    public void Validate_missing_period_or_figure_is_required_but_value_added_is_optional()
    {
        var line = Line(code: CodeB, period: null, output: 100);
        var noTax = new ReportLine { Row = 3, CreditCode = CodeB, Period = 202611, Output = 1, Revenue = 1, Profit = 1, Electricity = 1, RnD = 1, Employees = 1 };
        var errors = Validate(line, noTax).Errors;
        Assert.Equal([(2, ReportField.Period), (3, ReportField.Tax)], errors.Select(e => (e.Row, e.Field)));
        Assert.All(errors, e => Assert.StartsWith("必填", e.Reason));
    }

    [Fact]
    public void Validate_negative_figures_are_refused_except_profit_and_zero_passes()
    {
        var negative = new ReportLine { Row = 2, CreditCode = CodeB, Period = 202611, Output = -0.01m, Revenue = 0, Profit = -50, Tax = 0, Electricity = 0, RnD = 0, Employees = -1 };
        var errors = Validate(negative).Errors;
        Assert.Equal([ReportField.Output, ReportField.Employees], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.Contains("不能为负数", e.Reason));
        var zero = new ReportLine { Row = 2, CreditCode = CodeB, Period = 202611, Output = 0, Revenue = 0, Profit = -50, Tax = 0, Electricity = 0, RnD = 0, Employees = 0 };
        Assert.Empty(Validate(zero).Errors);
    }

    [Theory]
    [InlineData(999, false)]
    [InlineData(1000, true)]
    public void Validate_year_to_date_below_the_previous_month_is_refused_and_equal_passes(decimal ytd, bool passes)
    {
        var line = Line(output: ytd, employees: 100);
        var errors = Validate(line).Errors;
        Assert.Equal(passes, errors.Count == 0);
        if (!passes)
        {
            // Output, revenue, tax, electricity and R&D fall; profit may.
            Assert.Equal([ReportField.Output, ReportField.Revenue, ReportField.Tax, ReportField.Electricity, ReportField.RnD], errors.Select(e => e.Field));
            Assert.Contains("小于2026年10月的本年累计1,000", errors[0].Reason);
        }
    }

    [Fact]
    public void Validate_correction_above_a_later_months_year_to_date_is_refused_on_the_corrected_row()
    {
        var error = Validate(Line(period: 202608, output: 950)).Errors.First();
        Assert.Equal((2, ReportField.Output), (error.Row, error.Field));
        Assert.Contains("大于2026年9月已报的本年累计900", error.Reason);
    }

    [Theory]
    [InlineData(2000, false)]     // exactly 10× the monthly mean of 100
    [InlineData(2000.1, true)]    // just above
    [InlineData(1010, false)]     // exactly a tenth
    [InlineData(1009.99, true)]   // just below
    public void Validate_figure_more_than_ten_times_off_its_history_is_a_warning_not_an_error(decimal ytd, bool warns)
    {
        var outcome = Validate(Line(output: ytd));
        Assert.Empty(outcome.Errors);
        Assert.Equal(warns, outcome.Warnings.Any(w => w.Field == ReportField.Output));
        if (warns)
        {
            Assert.Contains("近10个月月均100万元", outcome.Warnings.First(w => w.Field == ReportField.Output).Reason);
        }
    }

    [Fact]
    public void Validate_ten_times_check_needs_history_and_covers_employees()
    {
        Assert.Empty(Validate(Line(code: CodeB, output: 100_000)).Warnings);
        var warning = Assert.Single(Validate(Line(employees: 1001)).Warnings);
        Assert.Equal(ReportField.Employees, warning.Field);
        Assert.Empty(Validate(Line(employees: 1000)).Warnings);
    }

    [Theory]
    [InlineData(2, false)]      // 研发费用 当月 0 against a mean of 0.2万元: both under 1万元 a month, not compared
    [InlineData(4.2, true)]     // 当月 2.2万元 against 0.2万元: eleven times and material
    public void Validate_ten_times_check_ignores_amounts_under_one_unit_a_month_on_both_sides(decimal rndYtd, bool warns)
    {
        var ledger = Ledger(monthlyOutput: _ => 10); // 研发费用 0.2万元 a month, 2万元 by October

        var outcome = Validate(ledger, Office, Line(output: 110, rnd: rndYtd));

        Assert.Empty(outcome.Errors);
        Assert.Equal(warns, outcome.Warnings.Any(w => w.Field == ReportField.RnD));
        Assert.DoesNotContain(outcome.Warnings, w => w.Field == ReportField.Output);
    }

    [Theory]
    [InlineData(3000, false)]   // November missing: December's 2,000 covers two months, exactly 10× a month
    [InlineData(3000.2, true)]
    public void Validate_ten_times_check_spreads_a_month_after_a_gap_over_the_months_it_covers(decimal ytd, bool warns)
    {
        var outcome = ReportValidator.Validate([Line(period: 202612, output: ytd)], Ledger(), Office, 202612);
        Assert.Empty(outcome.Errors);
        Assert.Equal(2, Assert.Single(outcome.Plan.Items).Months);
        Assert.Equal(warns, outcome.Warnings.Any(w => w.Field == ReportField.Output));
    }

    [Fact]
    public void Validate_same_firm_and_month_twice_is_refused_on_the_second_row()
    {
        var error = Assert.Single(Validate(Line(row: 2), Line(row: 5)).Errors);
        Assert.Equal((5, ReportField.Period), (error.Row, error.Field));
        Assert.Contains("与第2行", error.Reason);
    }

    [Fact]
    public void Validate_closed_month_is_refused_but_an_identical_resubmission_is_not()
    {
        var closed = Ledger(closed: [202609, 202610]);
        var error = Assert.Single(Validate(closed, Office, Line(period: 202610, output: 1001)).Errors);
        Assert.Equal(ReportField.Period, error.Field);
        Assert.Contains("已关账", error.Reason);
        var same = Validate(closed, Office, Line(period: 202610, output: 1000));
        Assert.Empty(same.Errors);
        Assert.Equal(PlanAction.Unchanged, Assert.Single(same.Plan.Items).Action);
    }

    [Fact]
    public void Validate_correction_that_would_re_derive_a_closed_later_month_is_refused()
    {
        var error = Assert.Single(Validate(Ledger(closed: [202610]), Office, Line(period: 202609, output: 905)).Errors);
        Assert.Contains("已关账月份2026年10月", error.Reason);
    }

    [Theory]
    [InlineData("office", CodeA, true)]
    [InlineData("office", CodeB, true)]
    [InlineData("office", CodeC, false)]
    [InlineData("admin", CodeC, true)]
    [InlineData("county", CodeA, true)]
    [InlineData("county", CodeB, false)]
    [InlineData("firm", CodeA, true)]
    [InlineData("firm", CodeB, false)]
    [InlineData("chief", CodeA, false)]
    public void Validate_actor_may_submit_only_within_its_scope(string who, string code, bool passes)
    {
        var actor = who switch { "office" => Office, "admin" => Admin, "county" => County, "firm" => Firm, _ => Chief };
        var errors = Validate(Ledger(), actor, Line(code: code, output: code == CodeA ? 1100 : 100)).Errors;
        Assert.Equal(passes, errors.Count == 0);
        if (!passes)
        {
            Assert.Equal(ReportField.CreditCode, Assert.Single(errors).Field);
        }
    }

    [Fact]
    public void Validate_identical_figures_are_unchanged_even_in_the_other_kind()
    {
        var monthly = Line(period: 202610, output: 100, kind: ReportInputKind.Monthly);
        var outcome = Validate(monthly);
        Assert.Empty(outcome.Errors);
        var item = Assert.Single(outcome.Plan.Items);
        Assert.Equal((PlanAction.Unchanged, ReportInputKind.YearToDate), (item.Action, item.Kind));
    }

    [Fact]
    public void Validate_correction_plans_later_months_for_re_derivation()
    {
        var outcome = Validate(Line(period: 202608, output: 850));
        Assert.Empty(outcome.Errors);
        var items = outcome.Plan.Items.ToList();
        Assert.Equal([PlanAction.Correct, PlanAction.Rederive, PlanAction.Keep], items.Select(i => i.Action));
        Assert.Equal([150m, 50m, 100m], items.Select(i => i.Monthly.Output));
        Assert.Equal(202608, items[1].Cause!.Period);
    }
}
