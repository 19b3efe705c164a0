using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Statistics;

/// <summary>
/// Writes a validated plan in one transaction: the <see cref="ReportBatch"/> (audited: one audit row per submission),
/// new reports through the bulk path, then corrections and re-derived months through EF with their version checked
/// (a stale row fails the whole submission with 409) and a <see cref="ReportRevision"/> each.
/// </summary>
public sealed class ReportWriter(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    public sealed record Batch(ReportSource Source, string? FileName, int Rows, int Created, int Updated, int Unchanged,
        int ConfirmedWarnings, IReadOnlyCollection<int> Periods);

    private const int Chunk = 500;

    public async Task<int> WriteAsync(IReadOnlyList<PlannedReport> items, Batch batch, IReadOnlyDictionary<int, string> confirmedByRow,
        Actor actor, IProgress<ReportProgress>? progress, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var total = items.Count;
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var entity = new ReportBatch
        {
            Source = batch.Source, FileName = batch.FileName is { } f ? f[..Math.Min(f.Length, 260)] : null,
            Periods = PeriodList(batch.Periods), Rows = batch.Rows, Created = batch.Created, Updated = batch.Updated,
            Unchanged = batch.Unchanged, ConfirmedWarnings = batch.ConfirmedWarnings,
        };
        db.ReportBatches.Add(entity);
        await db.SaveChangesAsync(ct);

        var created = items.Where(i => i.Action == PlanAction.Create).Select(i => New(i, entity.Id, batch.Source,
            confirmedByRow.GetValueOrDefault(i.Line!.Row), now, actor.UserName)).ToList();
        await BulkInsert.InsertAsync(db, created, n => progress?.Report(new(ReportStage.Writing, n, total)), ct);

        var changed = items.Where(i => i.Action is PlanAction.Correct or PlanAction.Rederive).ToList();
        var done = created.Count;
        foreach (var chunk in changed.Chunk(Chunk))
        {
            foreach (var item in chunk)
            {
                Apply(db, item, entity.Id, batch.Source, confirmedByRow, now, actor.UserName);
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            done += chunk.Length;
            progress?.Report(new(ReportStage.Writing, done, total));
        }
        await tx.CommitAsync(ct);
        return entity.Id;
    }

    private static MonthlyReport New(PlannedReport i, int batchId, ReportSource source, string? warning, DateTime now, string by)
    {
        var r = new MonthlyReport
        {
            EnterpriseId = i.EnterpriseId, Period = i.Period, InputKind = i.Kind, Source = source, BatchId = batchId,
            Employees = i.Employees, ConfirmedWarning = warning, CreatedAt = now, CreatedBy = by, UpdatedAt = now, UpdatedBy = by,
        };
        Amounts.SetMonthly(r, i.Monthly);
        Amounts.SetYtd(r, i.Ytd);
        return r;
    }

    /// <summary>Updates a stored row through a stub carrying the version read, so EF checks it, and records the revision.</summary>
    private static void Apply(AppDbContext db, PlannedReport item, int batchId, ReportSource source,
        IReadOnlyDictionary<int, string> confirmedByRow, DateTime now, string by)
    {
        var before = item.Before!;
        var stub = new MonthlyReport { Id = before.Id, EnterpriseId = item.EnterpriseId, Period = item.Period };
        var entry = db.MonthlyReports.Attach(stub);
        entry.Property(r => r.Version).OriginalValue = before.Version;
        entry.Property(r => r.Version).CurrentValue = before.Version;
        void Set<T>(System.Linq.Expressions.Expression<Func<MonthlyReport, T>> property, T value)
        {
            var p = entry.Property(property);
            p.CurrentValue = value;
            p.IsModified = true;
        }
        var (m, y) = (item.Monthly, item.Ytd);
        Set(r => r.Output, m.Output);
        Set(r => r.Revenue, m.Revenue);
        Set(r => r.Profit, m.Profit);
        Set(r => r.Tax, m.Tax);
        Set(r => r.ElectricityKwh10k, m.Electricity);
        Set(r => r.RnD, m.RnD);
        Set(r => r.ValueAdded, m.ValueAdded);
        Set(r => r.OutputYtd, y.Output);
        Set(r => r.RevenueYtd, y.Revenue);
        Set(r => r.ProfitYtd, y.Profit);
        Set(r => r.TaxYtd, y.Tax);
        Set(r => r.ElectricityKwh10kYtd, y.Electricity);
        Set(r => r.RnDYtd, y.RnD);
        Set(r => r.ValueAddedYtd, y.ValueAdded);
        Set(r => r.Employees, item.Employees);
        Set(r => r.InputKind, item.Kind);
        Set(r => r.BatchId, (int?)batchId);
        if (item.Line is not null)
        {
            // A correction replaces the figures, so an earlier confirmation no longer applies; the submitter's source counts now.
            Set(r => r.Source, source);
            Set(r => r.ConfirmedWarning, confirmedByRow.GetValueOrDefault(item.Line.Row));
        }
        db.ReportRevisions.Add(new ReportRevision
        {
            ReportId = before.Id, EnterpriseId = item.EnterpriseId, Period = item.Period, Source = source, BatchId = batchId,
            Before = new ReportSnapshot(before.Kind, before.Monthly, before.Ytd, before.Employees).ToJson(),
            After = new ReportSnapshot(item.Kind, item.Monthly, item.Ytd, item.Employees).ToJson(),
            Reason = item.Line is not null ? Trim(item.Line.Reason) : $"因{Periods.Label(item.Cause?.Period ?? item.Period)}数据变动重新推算",
            ChangedAt = now, ChangedBy = by,
        });
    }

    private static string? Trim(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()[..Math.Min(reason.Trim().Length, 300)];

    /// <summary>"202609,202610"; a long list is shortened to its range so it fits the column.</summary>
    private static string PeriodList(IReadOnlyCollection<int> periods)
    {
        var text = string.Join(",", periods.Order());
        return text.Length <= 400 ? text : $"{periods.Min()}-{periods.Max()}（{periods.Count}个月）";
    }
}
