using ChainChief.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Statistics;

/// <summary>
/// Reads what validation needs for a whole submission in three queries, however many rows it has: the firms by
/// credit code, their reports in the ledger window, and the closed months. Collections go to the database as one
/// array parameter (EF.Parameter), so 20,000 credit codes are one bound value, not 20,000.
/// </summary>
public sealed class ReportLedgerReader(IDbContextFactory<AppDbContext> dbs)
{
    public async Task<ReportLedger> ReadAsync(IReadOnlyList<ReportLine> lines, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var codes = lines.Select(l => l.CreditCode).Where(c => c != "").Distinct().ToList();
        var firms = await db.Enterprises.AsNoTracking().Where(e => EF.Parameter(codes).Contains(e.CreditCode))
            .Select(e => new FirmRef(e.Id, e.CreditCode, e.Name, e.CountyCode)).ToListAsync(ct);
        var periods = lines.Where(l => l.Period is int p && Periods.IsValid(p)).Select(l => l.Period!.Value).Distinct();
        var (from, to) = ReportLedger.Window(periods);
        var ids = firms.Select(f => f.Id).ToList();
        var reports = new Dictionary<int, List<StoredReport>>();
        if (from != 0 && ids.Count > 0)
        {
            var rows = db.MonthlyReports.AsNoTracking()
                .Where(r => EF.Parameter(ids).Contains(r.EnterpriseId) && r.Period >= from && r.Period <= to)
                .OrderBy(r => r.EnterpriseId).ThenBy(r => r.Period)
                .Select(r => new StoredReport(r.Id, r.EnterpriseId, r.Period, r.InputKind,
                    new Amounts(r.Output, r.Revenue, r.Profit, r.Tax, r.ElectricityKwh10k, r.RnD, r.ValueAdded),
                    new Amounts(r.OutputYtd, r.RevenueYtd, r.ProfitYtd, r.TaxYtd, r.ElectricityKwh10kYtd, r.RnDYtd, r.ValueAddedYtd),
                    r.Employees, r.Version, r.ConfirmedWarning));
            await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(ct))
            {
                if (!reports.TryGetValue(r.EnterpriseId, out var list))
                {
                    reports[r.EnterpriseId] = list = [];
                }
                list.Add(r);
            }
        }
        var closed = await db.StatPeriods.AsNoTracking().Where(p => p.IsClosed).Select(p => p.Id).ToListAsync(ct);
        return new ReportLedger
        {
            FirmsByCode = firms.ToDictionary(f => f.CreditCode),
            Reports = reports,
            ClosedPeriods = closed.ToHashSet(),
            WindowStart = from,
        };
    }
}
