using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Alerts;

/// <summary>One alert with its firm, the firm's last 13 months of output and electricity, notes, ticket and the officials
/// it can be assigned to.</summary>
public sealed class GetAlert(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Month(int Period, decimal? Output, decimal? Electricity);

    public sealed record Note(DateTime At, string By, string Text);

    public sealed record Ticket(int Id, string Title, TicketState State, int? DepartmentId);

    public sealed record Detail(int Id, int EnterpriseId, string FirmName, string CreditCode, string CountyCode, int Period,
        AlertKind Kind, AlertLevel Level, AlertState State, string Message, string? AssigneeId, string? AssigneeName,
        DateTime? AssignedAt, DateTime? ResolvedAt, string? ResolvedReason, Ticket? Ticket, int Version, DateTime CreatedAt,
        IReadOnlyList<Note> Notes, IReadOnlyList<Month> Months, IReadOnlyList<AlertAccess.Official> Officials);

    public async Task<Detail?> HandleAsync(int id, Actor actor, CancellationToken ct)
    {
        if (actor.IsEnterpriseUser)
        {
            throw new AccessDeniedException("企业用户不能查看预警");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var found = await db.Alerts.AsNoTracking()
            .Join(db.Enterprises.AsNoTracking().VisibleTo(actor), a => a.EnterpriseId, e => e.Id, (a, e) => new { a, e.Name, e.CreditCode, e.CountyCode })
            .SingleOrDefaultAsync(x => x.a.Id == id, ct);
        if (found is null)
        {
            return null;
        }
        var a = found.a;
        var from = Periods.AddMonths(a.Period, -12);
        var reports = await db.MonthlyReports.AsNoTracking()
            .Where(r => r.EnterpriseId == a.EnterpriseId && r.Period >= from && r.Period <= a.Period)
            .Select(r => new { r.Period, r.Output, r.ElectricityKwh10k }).ToDictionaryAsync(r => r.Period, ct);
        var months = Periods.Range(from, a.Period)
            .Select(p => reports.TryGetValue(p, out var r) ? new Month(p, r.Output, r.ElectricityKwh10k) : new Month(p, null, null)).ToList();
        var ticket = a.TicketId is int t
            ? await db.SupportTickets.AsNoTracking().Where(x => x.Id == t).Select(x => new Ticket(x.Id, x.Title, x.State, x.DepartmentId)).SingleOrDefaultAsync(ct)
            : null;
        var notes = await db.Set<AlertNote>().AsNoTracking().Where(n => n.AlertId == a.Id).OrderBy(n => n.At).ThenBy(n => n.Id)
            .Select(n => new Note(n.At, n.By, n.Text)).ToListAsync(ct);
        var officials = AlertAccess.CanHandle(actor) ? await AlertAccess.OfficialsForAsync(db, found.CountyCode, ct) : [];
        return new Detail(a.Id, a.EnterpriseId, found.Name, found.CreditCode, found.CountyCode, a.Period, a.Kind, a.Level, a.State, a.Message,
            a.AssigneeId, a.AssigneeName, a.AssignedAt, a.ResolvedAt, a.ResolvedReason, ticket, a.Version, a.CreatedAt,
            notes, months, officials);
    }
}
