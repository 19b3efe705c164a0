using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Statistics;

/// <summary>One firm's monthly series (both sides of every month) with every correction made to it, latest first.</summary>
public sealed class GetFirmReports(IDbContextFactory<AppDbContext> dbs, ListReports list)
{
    public sealed record Revision(long Id, long ReportId, int Period, ReportSource Source, int? BatchId, string? Reason,
        DateTime ChangedAt, string ChangedBy, string Changes);

    public sealed record Detail(int EnterpriseId, string Name, string CreditCode, string CountyCode,
        IReadOnlyList<ListReports.Row> Reports, IReadOnlyList<Revision> Revisions);

    public async Task<Detail?> HandleAsync(int enterpriseId, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var firm = await db.Enterprises.AsNoTracking().VisibleTo(actor).Where(e => e.Id == enterpriseId)
            .Select(e => new { e.Id, e.Name, e.CreditCode, e.CountyCode }).SingleOrDefaultAsync(ct);
        if (firm is null)
        {
            return null;
        }
        var reports = await list.Filtered(db, new ListReports.Query { EnterpriseId = enterpriseId }, actor).ToListAsync(ct);
        var revisions = await db.ReportRevisions.AsNoTracking().Where(r => r.EnterpriseId == enterpriseId)
            .OrderByDescending(r => r.ChangedAt).ThenByDescending(r => r.Id).ToListAsync(ct);
        return new Detail(firm.Id, firm.Name, firm.CreditCode, firm.CountyCode, reports, [.. revisions.Select(r => new Revision(r.Id, r.ReportId,
            r.Period, r.Source, r.BatchId, r.Reason, r.ChangedAt, r.ChangedBy, Describe(r.Before, r.After)))]);
    }

    private static string Describe(string before, string after) =>
        ReportSnapshot.Parse(before) is { } b && ReportSnapshot.Parse(after) is { } a ? ReportSnapshot.Describe(b, a) : after;
}
