using ChainChief.Web.Features.Contracts;
using ChainChief.Web.Infrastructure.Errors;

namespace ChainChief.Tests.Contracts;

/// <summary>
/// 标准地 checks on a contract computed by hand: 50 亩, agreed 投资强度 300 万元/亩, 容积率 1.2, 亩均税收 20 and 亩均产值
/// 400 万元/亩; 5% tolerance; 违约金 = shortfall × 50 亩 × rate (investment 0.1, tax 1), capped at 500 万元.
/// </summary>
public sealed class ContractComplianceTests
{
    private static LandContract Contract(decimal? cap = 500m) => new()
    {
        LandAreaMu = 50m, InvestmentIntensity = 300m, FloorAreaRatio = 1.2m, TaxPerMu = 20m, OutputPerMu = 400m,
        Tolerance = 0.05m, InvestmentPenaltyRate = 0.1m, TaxPenaltyRate = 1m, PenaltyCap = cap,
    };

    private static ContractCompliance.Result Completion(decimal intensity, decimal far, decimal? cap = 500m) =>
        ContractCompliance.Evaluate(Contract(cap), CheckKind.Completion, new Dictionary<Indicator, decimal> { [Indicator.InvestmentIntensity] = intensity, [Indicator.FloorAreaRatio] = far });

    private static ContractCompliance.Result Review(decimal tax, decimal output, decimal? cap = 500m) =>
        ContractCompliance.Evaluate(Contract(cap), CheckKind.FullProduction, new Dictionary<Indicator, decimal> { [Indicator.TaxPerMu] = tax, [Indicator.OutputPerMu] = output });

    [Fact]
    public void Meeting_or_beating_every_indicator_passes_without_penalty()
    {
        var r = Completion(320m, 1.3m);
        Assert.Equal((CheckOutcome.Pass, 0m, false), (r.Outcome, r.Penalty, r.Capped));
        Assert.All(r.Lines, l => Assert.Equal(0m, l.Shortfall));
    }

    [Fact]
    public void A_shortfall_within_the_tolerance_is_noted_but_not_a_breach()
    {
        var r = Completion(290m, 1.2m); // 10 short of 300 = 3.33%
        Assert.Equal((CheckOutcome.WithinTolerance, 0m), (r.Outcome, r.Penalty));
        Assert.Equal((10m, 0.0333m), (r.Lines[0].Shortfall, r.Lines[0].ShortfallShare));
        var edge = Review(19m, 400m); // exactly 5% short: still tolerated
        Assert.Equal(CheckOutcome.WithinTolerance, edge.Outcome);
    }

    [Fact]
    public void A_completion_breach_charges_the_investment_shortfall_and_floor_area_only_needs_rectification()
    {
        var r = Completion(240m, 1.0m); // 60 short (20%); FAR 0.2 short (16.7%)
        Assert.Equal(CheckOutcome.Breach, r.Outcome);
        Assert.Equal([CheckOutcome.Breach, CheckOutcome.Breach], r.Lines.Select(l => l.Outcome));
        Assert.Equal(300m, r.Lines[0].Penalty); // 60 × 50 × 0.1
        Assert.Equal(0m, r.Lines[1].Penalty);
        Assert.Equal((300m, false), (r.Penalty, r.Capped));
    }

    [Fact]
    public void A_review_breach_charges_the_tax_shortfall_while_an_output_within_tolerance_adds_nothing()
    {
        var r = Review(16m, 390m); // tax 4 short (20%) → 4 × 50 × 1 = 200; output 2.5% short
        Assert.Equal(CheckOutcome.Breach, r.Outcome);
        Assert.Equal([CheckOutcome.Breach, CheckOutcome.WithinTolerance], r.Lines.Select(l => l.Outcome));
        Assert.Equal(200m, r.Penalty);
        Assert.Equal("亩均税收（万元/亩）：约定 20，实测 16，差 4（20.0%），违约，违约金 200 万元\n亩均产值（万元/亩）：约定 400，实测 390，差 10（2.5%），容差内",
            ContractLabels.Findings(r));
    }

    [Fact]
    public void The_penalty_stops_at_the_contract_cap_and_runs_free_without_one()
    {
        var capped = Review(5m, 400m); // 15 short → 750
        Assert.Equal((500m, true), (capped.Penalty, capped.Capped));
        Assert.EndsWith("按上限 500 万元计", ContractLabels.Findings(capped));
        var free = Review(5m, 400m, cap: null);
        Assert.Equal((750m, false), (free.Penalty, free.Capped));
    }

    [Fact]
    public void Breach_cases_move_forward_only_and_every_step_needs_a_note()
    {
        var breach = new BreachCase { Status = BreachStatus.Filed };
        var by = (DateTime.UtcNow, "测试");
        BreachWorkflow.Apply(breach, BreachStatus.Rectifying, "限期六个月整改", by);
        Assert.Throws<InputException>(() => BreachWorkflow.Apply(breach, BreachStatus.Penalized, " ", by));
        BreachWorkflow.Apply(breach, BreachStatus.Penalized, "整改未达标，收取违约金", by);
        Assert.Contains("不能转为“整改”", Assert.Throws<BusinessRuleException>(() => BreachWorkflow.Apply(breach, BreachStatus.Rectifying, "再整改", by)).Message);
        BreachWorkflow.Apply(breach, BreachStatus.Closed, "违约金已缴清", by);
        Assert.Empty(BreachWorkflow.Next(breach.Status));
        Assert.Equal([BreachStatus.Rectifying, BreachStatus.Penalized, BreachStatus.Closed], breach.Events.Select(e => e.To));
    }
}
