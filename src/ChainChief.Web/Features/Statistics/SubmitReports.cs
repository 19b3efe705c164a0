using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;

namespace ChainChief.Web.Features.Statistics;

/// <summary>
/// The one write path of monthly reports, behind the upload, the self-report form and the API: read the ledger, validate
/// every row, and write only when there is no error and every warning is confirmed. Atomic: one transaction, one batch.
/// Identical figures are counted as unchanged and nothing is written for them. After the commit every registered
/// <see cref="IReportsWritten"/> hears which months changed.
/// </summary>
public sealed class SubmitReports(ReportLedgerReader reader, ReportWriter writer, IEnumerable<IReportsWritten> reactions, TimeProvider clock)
{
    /// <summary>The submitted rows; <c>PriorErrors</c> are problems the channel found while reading (unreadable cells), and
    /// nothing is written when there are any.</summary>
    public sealed record Request(IReadOnlyList<ReportLine> Lines, bool Confirm, ReportSource Source, string? FileName = null,
        IReadOnlyList<ReportIssue>? PriorErrors = null);

    public sealed record Result(int Rows, int Created, int Updated, int Unchanged, int Rederived, bool Accepted, bool NeedsConfirmation,
        int? BatchId, IReadOnlyList<int> Periods, IReadOnlyList<ReportIssue> Errors, IReadOnlyList<ReportIssue> Warnings);

    public async Task<Result> HandleAsync(Request request, Actor actor, IProgress<ReportProgress>? progress, CancellationToken ct)
    {
        if (!ReportValidator.CanSubmit(actor))
        {
            throw new AccessDeniedException("您的角色不能报送统计数据");
        }
        var lines = request.Lines;
        progress?.Report(new(ReportStage.Loading, 0, lines.Count));
        var ledger = await reader.ReadAsync(lines, ct);
        progress?.Report(new(ReportStage.Validating, 0, lines.Count));
        var outcome = ReportValidator.Validate(lines, ledger, actor, Periods.Of(clock.Today()));
        var errors = (request.PriorErrors ?? []).Concat(outcome.Errors).OrderBy(e => e.Row).ThenBy(e => e.Field).ToList();
        var warnings = outcome.Warnings.OrderBy(e => e.Row).ThenBy(e => e.Field).ToList();
        var items = outcome.Plan.Items.ToList();
        int Count(PlanAction a) => items.Count(i => i.Action == a);
        var periods = items.Where(i => i.IsWritten).Select(i => i.Period).Distinct().Order().ToList();
        Result Outcome(bool accepted, bool confirm, int? batch) => new(lines.Count, Count(PlanAction.Create), Count(PlanAction.Correct),
            Count(PlanAction.Unchanged), Count(PlanAction.Rederive), accepted, confirm, batch, batch is null ? [] : periods, errors, warnings);
        progress?.Report(new(ReportStage.Validating, lines.Count, lines.Count));
        if (errors.Count > 0)
        {
            return Outcome(false, false, null);
        }
        CheckVersions(lines, ledger);
        if (warnings.Count > 0 && !request.Confirm)
        {
            return Outcome(false, true, null);
        }
        if (periods.Count == 0)
        {
            return Outcome(true, false, null);
        }
        var confirmed = warnings.GroupBy(w => w.Row).ToDictionary(g => g.Key, g => Confirmation(g));
        var written = items.Where(i => i.IsWritten).ToList();
        var batch = new ReportWriter.Batch(request.Source, request.FileName, lines.Count, Count(PlanAction.Create), Count(PlanAction.Correct),
            Count(PlanAction.Unchanged), written.Count(i => i.Line is not null && confirmed.ContainsKey(i.Line.Row)), periods);
        var batchId = await writer.WriteAsync(written, batch, confirmed, actor, progress, ct);
        foreach (var reaction in reactions)
        {
            await reaction.OnReportsWrittenAsync(periods, ct);
        }
        return Outcome(true, false, batchId);
    }

    /// <summary>The form and the API send the version they read; a report saved by someone else since then is a 409.</summary>
    private static void CheckVersions(IReadOnlyList<ReportLine> lines, ReportLedger ledger)
    {
        foreach (var line in lines.Where(l => l.ExpectedVersion is not null))
        {
            var firm = ledger.FirmsByCode[line.CreditCode];
            var stored = ledger.ReportsOf(firm.Id).FirstOrDefault(r => r.Period == line.Period);
            if (line.ExpectedVersion == -1 ? stored is not null : stored?.Version != line.ExpectedVersion)
            {
                throw new ConcurrencyConflictException();
            }
        }
    }

    private static string Confirmation(IEnumerable<ReportIssue> warnings)
    {
        var text = string.Join("；", warnings.Select(w => w.Reason));
        return text.Length <= 300 ? text : text[..299] + "…";
    }
}
