using ChainChief.Web.Data;
using ChainChief.Web.Features.Appeals;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Service;

/// <summary>What a ledger line is.</summary>
public enum LedgerKind
{
    AppealFiled, AppealClosed, Visit, Alert, AlertResolved, SupportTicket,
}

/// <summary>
/// 服务台账: one firm's service history on one timeline, newest first — appeals filed and closed, 包联 visits, alerts raised
/// and resolved, support tickets. Each line links to its record. (Policies and projects join it when those features land.)
/// </summary>
public sealed class GetServiceLedger(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Entry(DateTime At, LedgerKind Kind, string Title, string? Detail, string Link);

    public sealed record Result(int EnterpriseId, string FirmName, IReadOnlyList<Entry> Entries);

    public async Task<Result?> HandleAsync(int firmId, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var firm = await db.Enterprises.AsNoTracking().VisibleTo(actor).Where(e => e.Id == firmId).Select(e => new { e.Id, e.Name }).SingleOrDefaultAsync(ct);
        if (firm is null)
        {
            return null;
        }
        var entries = new List<Entry>();
        var appeals = await db.Appeals.AsNoTracking().Where(a => a.EnterpriseId == firmId)
            .Select(a => new { a.Id, a.Title, a.State, a.SubmittedAt, a.ClosedAt, a.Channel, a.Reply }).ToListAsync(ct);
        foreach (var a in appeals)
        {
            entries.Add(new Entry(a.SubmittedAt, LedgerKind.AppealFiled, a.Title, $"{(a.Channel == AppealChannel.Visit ? "走访中发现" : "企业提交")} · {AppealWorkflow.Label(a.State)}", $"/appeals/{a.Id}"));
            if (a.ClosedAt is { } closed)
            {
                entries.Add(new Entry(closed, LedgerKind.AppealClosed, a.Title, $"{AppealWorkflow.Label(a.State)}{(a.Reply is { } r ? "：" + Clip(r) : "")}", $"/appeals/{a.Id}"));
            }
        }
        var visits = await db.Visits.AsNoTracking().VisibleTo(db, actor).Where(v => v.EnterpriseId == firmId)
            .Select(v => new { v.Id, v.VisitedOn, v.VisitorName, v.Summary, Problems = v.Problems.Count }).ToListAsync(ct);
        entries.AddRange(visits.Select(v => new Entry(v.VisitedOn.ToDateTime(new TimeOnly(12, 0)).FromChinaTime(), LedgerKind.Visit, $"{v.VisitorName}走访",
            $"{Clip(v.Summary)}{(v.Problems > 0 ? $"（发现问题{v.Problems}个）" : "")}", $"/visits/{v.Id}")));
        var alerts = await db.Alerts.AsNoTracking().Where(a => a.EnterpriseId == firmId)
            .Select(a => new { a.Id, a.Message, a.CreatedAt, a.ResolvedAt, a.ResolvedReason }).ToListAsync(ct);
        foreach (var a in alerts)
        {
            entries.Add(new Entry(a.CreatedAt, LedgerKind.Alert, a.Message, null, $"/alerts/{a.Id}"));
            if (a.ResolvedAt is { } resolved)
            {
                entries.Add(new Entry(resolved, LedgerKind.AlertResolved, a.Message, a.ResolvedReason, $"/alerts/{a.Id}"));
            }
        }
        var tickets = await db.SupportTickets.AsNoTracking().Where(t => t.EnterpriseId == firmId)
            .Select(t => new { t.Id, t.Title, t.Description, t.CreatedAt }).ToListAsync(ct);
        entries.AddRange(tickets.Select(t => new Entry(t.CreatedAt, LedgerKind.SupportTicket, t.Title, t.Description is { } d ? Clip(d) : null, "/tickets")));
        return new Result(firm.Id, firm.Name, [.. entries.OrderByDescending(e => e.At).ThenBy(e => e.Kind)]);
    }

    private static string Clip(string s) => s.Length > 120 ? s[..120] + "…" : s;
}
