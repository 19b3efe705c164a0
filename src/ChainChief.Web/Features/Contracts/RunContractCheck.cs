using ChainChief.Web.Data;
using ChainChief.Web.Features.Projects;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Contracts;

/// <summary>
/// Records a 竣工验收 (measured investment intensity and floor-area ratio, entered from the acceptance report) or a
/// 达产复核. For the review, per-mu tax and output come from the firm's own monthly statistics — the twelve months
/// before the check's month, summed and divided by the contract area — when the project is linked to a registry firm
/// that reported all twelve; otherwise officials enter them with the evidence. A breach opens a case (立案) with the
/// contract's penalty, in the same transaction.
/// </summary>
public sealed class RunContractCheck(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    public sealed record Request(CheckKind Kind, DateOnly? CheckedOn, decimal? InvestmentIntensity, decimal? FloorAreaRatio,
        decimal? TaxPerMu, decimal? OutputPerMu, string? Evidence);

    public sealed record Outcome(int CheckId, CheckOutcome Result, decimal Penalty, int? BreachCaseId, MeasureSource? Source, string Findings);

    /// <summary>Per-mu tax and output over the twelve months before <paramref name="checkedOn"/>'s month, when all twelve were reported.</summary>
    public static async Task<(decimal Tax, decimal Output, int From, int To)?> FromStatisticsAsync(AppDbContext db, int? enterpriseId, decimal area, DateOnly checkedOn, CancellationToken ct)
    {
        if (enterpriseId is not { } firm)
        {
            return null;
        }
        var to = Periods.Previous(Periods.Of(checkedOn));
        var from = Periods.AddMonths(to, -11);
        var rows = await db.MonthlyReports.AsNoTracking().Where(r => r.EnterpriseId == firm && r.Period >= from && r.Period <= to)
            .Select(r => new { r.Tax, r.Output }).ToListAsync(ct);
        return rows.Count == 12 ? (Math.Round(rows.Sum(r => r.Tax) / area, 2), Math.Round(rows.Sum(r => r.Output) / area, 2), from, to) : null;
    }

    public async Task<Outcome?> HandleAsync(int projectId, Request request, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var project = await db.Projects.VisibleTo(actor).Where(p => p.Id == projectId).Select(p => new { p.CountyCode, p.EnterpriseId }).SingleOrDefaultAsync(ct);
        var contract = project is null ? null : await db.LandContracts.SingleOrDefaultAsync(c => c.ProjectId == projectId, ct);
        if (project is null)
        {
            return null;
        }
        if (!ProjectAccess.CanWrite(actor, project.CountyCode))
        {
            throw new AccessDeniedException("只有本辖区的链长办、县区和部门的干部可以核查标准地合同");
        }
        if (contract is null)
        {
            throw new BusinessRuleException("contract.missing", "该项目还没有登记标准地合同");
        }
        var today = clock.Today();
        var on = request.CheckedOn ?? today;
        if (on > today || on < contract.SignedOn)
        {
            throw new InputException(nameof(request.CheckedOn), "核查日期应在合同签订之后且不晚于今天");
        }
        var measured = new Dictionary<Indicator, decimal>();
        MeasureSource? source = null;
        (int From, int To)? window = null;
        if (request.Kind == CheckKind.Completion)
        {
            Require(measured, Indicator.InvestmentIntensity, request.InvestmentIntensity, nameof(request.InvestmentIntensity));
            Require(measured, Indicator.FloorAreaRatio, request.FloorAreaRatio, nameof(request.FloorAreaRatio));
            RequireEvidence(request.Evidence, "请填写验收依据（竣工验收报告、审计报告等）");
        }
        else if (await FromStatisticsAsync(db, project.EnterpriseId, contract.LandAreaMu, on, ct) is { } stats)
        {
            (measured[Indicator.TaxPerMu], measured[Indicator.OutputPerMu], source, window) = (stats.Tax, stats.Output, MeasureSource.Statistics, (stats.From, stats.To));
        }
        else
        {
            Require(measured, Indicator.TaxPerMu, request.TaxPerMu, nameof(request.TaxPerMu), "该项目没有关联的本地企业或近12个月统计数据不全，请录入实测亩均税收");
            Require(measured, Indicator.OutputPerMu, request.OutputPerMu, nameof(request.OutputPerMu), "请录入实测亩均产值");
            RequireEvidence(request.Evidence, "录入实测值须注明证明材料（完税证明、财务报表等）");
            source = MeasureSource.Entered;
        }
        var result = ContractCompliance.Evaluate(contract, request.Kind, measured);
        var now = clock.GetUtcNow().UtcDateTime;
        var check = new ContractCheck
        {
            ContractId = contract.Id, Kind = request.Kind, CheckedOn = on, Source = source, PeriodFrom = window?.From, PeriodTo = window?.To,
            InvestmentIntensity = measured.TryGetValue(Indicator.InvestmentIntensity, out var ii) ? ii : null,
            FloorAreaRatio = measured.TryGetValue(Indicator.FloorAreaRatio, out var far) ? far : null,
            TaxPerMu = measured.TryGetValue(Indicator.TaxPerMu, out var tax) ? tax : null,
            OutputPerMu = measured.TryGetValue(Indicator.OutputPerMu, out var output) ? output : null,
            Evidence = request.Evidence.TrimToNull(), Outcome = result.Outcome, Penalty = result.Penalty, PenaltyCapped = result.Capped,
            Findings = ContractLabels.Findings(result), At = now, ActorName = actor.UserName,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.ContractChecks.Add(check);
        await db.SaveChangesAsync(ct);
        BreachCase? breach = null;
        if (result.Outcome == CheckOutcome.Breach)
        {
            breach = new BreachCase
            {
                ContractId = contract.Id, CheckId = check.Id, CountyCode = project.CountyCode, Status = BreachStatus.Filed, Penalty = result.Penalty,
                Shortfalls = string.Join("；", result.Lines.Where(l => l.Outcome == CheckOutcome.Breach).Select(l => $"{ContractLabels.Of(l.Indicator)}差{l.ShortfallShare * 100:0.0}%")),
            };
            breach.Events.Add(new BreachEvent { To = BreachStatus.Filed, At = now, ActorName = actor.UserName, Note = $"{ContractLabels.Of(request.Kind)}发现违约，依合同立案" });
            db.BreachCases.Add(breach);
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        return new Outcome(check.Id, result.Outcome, result.Penalty, breach?.Id, source, check.Findings);
    }

    private static void Require(Dictionary<Indicator, decimal> measured, Indicator indicator, decimal? value, string field, string? missing = null)
    {
        if (value is not { } v || v < 0)
        {
            throw new InputException(field, value is null ? missing ?? $"请录入实测{ContractLabels.Of(indicator)}" : "实测值不能为负数");
        }
        measured[indicator] = v;
    }

    private static void RequireEvidence(string? evidence, string message)
    {
        if (string.IsNullOrWhiteSpace(evidence))
        {
            throw new InputException("Evidence", message);
        }
    }
}
