using ChainChief.Web.Features.Contracts;
using ChainChief.Web.Features.Projects;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Data.Seed.Demo;

/// <summary>
/// 标准地 contracts on the demo's built projects, checked by the real use cases: a completion that passes and one that
/// falls short (a breach case, now in rectification), a full-production review read from a registry firm's own twelve
/// months that passes, and one with entered figures that fails.
/// </summary>
public static class DemoContractSeeder
{
    public static async Task<int> SeedAsync(AppDbContextFactory dbs, TimeProvider clock, Actor office, DateOnly today, CancellationToken ct)
    {
        List<(int Id, ProjectStage Stage, decimal Total, DateOnly Signed)> built;
        int? reporting;
        await using (var db = dbs.CreateDbContext())
        {
            built = [.. (await db.Projects.Where(p => p.Name.EndsWith("（示例）") && p.SignedOn != null && !p.IsConfidential
                    && (p.Stage == ProjectStage.Started || p.Stage == ProjectStage.Operating || p.Stage == ProjectStage.FullProduction))
                .OrderBy(p => p.Stage == ProjectStage.FullProduction ? 0 : 1).ThenBy(p => p.Id).Select(p => new { p.Id, p.Stage, p.TotalInvestment, p.SignedOn }).Take(4).ToListAsync(ct))
                .Select(p => (p.Id, p.Stage, p.TotalInvestment, p.SignedOn!.Value))];
            var to = Periods.Previous(Periods.Of(today));
            var from = Periods.AddMonths(to, -11);
            reporting = await db.MonthlyReports.Where(r => r.Period >= from && r.Period <= to && r.Tax > 0 && db.Enterprises.Any(e => e.Id == r.EnterpriseId && e.CountyCode == "610902"))
                .GroupBy(r => r.EnterpriseId).Where(g => g.Count() == 12).OrderBy(g => g.Key).Select(g => (int?)g.Key).FirstOrDefaultAsync(ct);
        }
        if (built.Count < 4 || reporting is null)
        {
            return 0;
        }
        var save = new SaveContract(dbs);
        var check = new RunContractCheck(dbs, clock);
        var (done, passing, failing, reviewFails) = (built[0], built[1], built[2], built[3]);

        // Full production, linked to a reporting firm: agreed figures below what its statistics show, so the review passes.
        await LinkFirmAsync(dbs, done.Id, reporting.Value, ct);
        await using (var db = dbs.CreateDbContext())
        {
            var area = 120m;
            var stats = (await RunContractCheck.FromStatisticsAsync(db, reporting, area, today, ct))!.Value;
            await save.HandleAsync(done.Id, Contract(done, area, 300m, Math.Floor(stats.Tax * 0.9m * 100) / 100, Math.Floor(stats.Output * 0.9m)), office, ct);
        }
        await check.HandleAsync(done.Id, new RunContractCheck.Request(CheckKind.Completion, today.AddMonths(-6), 316m, 1.3m, null, null, "竣工验收备案表（示例）"), office, ct);
        await check.HandleAsync(done.Id, new RunContractCheck.Request(CheckKind.FullProduction, today, null, null, null, null, null), office, ct);

        // Completion that passes, within tolerance on investment.
        await save.HandleAsync(passing.Id, Contract(passing, 60m, 300m, 15m, 300m), office, ct);
        await check.HandleAsync(passing.Id, new RunContractCheck.Request(CheckKind.Completion, today.AddDays(-20), 291m, 1.25m, null, null, "竣工验收报告（示例）"), office, ct);

        // Completion that falls short: a breach case, put into rectification.
        await save.HandleAsync(failing.Id, Contract(failing, 80m, 350m, 18m, 360m), office, ct);
        var breach = await check.HandleAsync(failing.Id, new RunContractCheck.Request(CheckKind.Completion, today.AddDays(-12), 262m, 0.9m, null, null, "竣工验收报告、固定资产投资审计报告（示例）"), office, ct);
        if (breach?.BreachCaseId is { } id)
        {
            await new ActOnBreach(dbs, clock).HandleAsync(id, new ActOnBreach.Request(BreachStatus.Rectifying, "责令六个月内追加投资并补建二期厂房", 0), office, ct);
        }

        // A review with entered figures that fails on tax (the firm has not registered locally yet).
        await save.HandleAsync(reviewFails.Id, Contract(reviewFails, 50m, 300m, 25m, 420m), office, ct);
        await check.HandleAsync(reviewFails.Id, new RunContractCheck.Request(CheckKind.FullProduction, today.AddDays(-3), null, null, 17.6m, 398m, "县税务局出具的完税证明（示例）"), office, ct);
        return 4;
    }

    private static ContractInput Contract((int Id, ProjectStage Stage, decimal Total, DateOnly Signed) p, decimal area, decimal intensity, decimal tax, decimal output) => new()
    {
        ContractNo = $"安康标准地〔{p.Signed.Year}〕{p.Id:000}号", SignedOn = p.Signed, LandAreaMu = area, InvestmentIntensity = intensity, FloorAreaRatio = 1.2m,
        TaxPerMu = tax, OutputPerMu = output, StartBy = p.Signed.AddMonths(3), CompleteBy = p.Signed.AddMonths(15), FullProductionBy = p.Signed.AddMonths(27),
        Tolerance = 0.05m, InvestmentPenaltyRate = 0.1m, TaxPenaltyRate = 1m, PenaltyCap = 500m,
    };

    private static async Task LinkFirmAsync(AppDbContextFactory dbs, int projectId, int enterpriseId, CancellationToken ct)
    {
        await using var db = dbs.CreateDbContext();
        await db.Projects.Where(p => p.Id == projectId).ExecuteUpdateAsync(s => s.SetProperty(p => p.EnterpriseId, enterpriseId), ct);
    }
}
