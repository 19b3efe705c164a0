using ChainChief.Web.Data;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// 快申快享 applications in the actor's region (a firm: its own): waiting ones first by due day, the overdue marked, so
/// officials see what must be decided today.
/// </summary>
public sealed class ListApplications(IDbContextFactory<AppDbContext> dbs, ReferenceData reference, TimeProvider clock)
{
    public sealed record Query
    {
        public int? PolicyId { get; init; }
        public ApplicationStatus? Status { get; init; }
        /// <summary>Only waiting applications past their due day.</summary>
        public bool? Overdue { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    public sealed record Row(int Id, int PolicyId, string PolicyTitle, int EnterpriseId, string Firm, string County, int Year, decimal Amount, string? FirmNote,
        DateTime SubmittedAt, DateOnly DueOn, ApplicationStatus Status, bool Overdue, DateTime? DecidedAt, string? DecidedBy, string? Decision, int Version);

    public async Task<PagedList<Row>> HandleAsync(Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var page = await PagedList<Row>.CreateAsync(Rows(db, query, actor), query.Page ?? 1, query.PageSize ?? 50, ct);
        return page with { Items = [.. page.Items.Select(r => r with { County = reference.RegionName(r.County) })] };
    }

    /// <summary>Every application the filter finds, as a workbook.</summary>
    public async Task<byte[]> ExportAsync(Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await Rows(db, query, actor).ToListAsync(ct);
        return await ExcelWorkbook.WriteSheetAsync("政策申请", rows.Select(r => ExcelWorkbook.Row(("政策", r.PolicyTitle), ("企业", r.Firm),
            ("区县", reference.RegionName(r.County)), ("年度", r.Year), ("申请金额（万元）", r.Amount), ("企业说明", r.FirmNote),
            ("申请时间", r.SubmittedAt.ToChinaTime().ToString("yyyy-MM-dd HH:mm")), ("办结期限", r.DueOn.ToString("yyyy-MM-dd")), ("状态", PolicyLabels.Of(r.Status)),
            ("是否超期", r.Overdue ? "超期" : ""), ("办理意见", r.Decision), ("办理人", r.DecidedBy))), ct);
    }

    private IQueryable<Row> Rows(AppDbContext db, Query query, Actor actor)
    {
        var today = clock.Today();
        var applications = db.PolicyApplications.AsNoTracking().InScope(actor).Where(a => a.Status != ApplicationStatus.Withdrawn || actor.IsEnterpriseUser);
        if (query.PolicyId is { } policyId)
        {
            applications = applications.Where(a => a.PolicyId == policyId);
        }
        if (query.Status is { } status)
        {
            applications = applications.Where(a => a.Status == status);
        }
        if (query.Overdue == true)
        {
            applications = applications.Where(a => a.Status == ApplicationStatus.Submitted && a.DueOn < today);
        }
        return from a in applications
               join p in db.Policies on a.PolicyId equals p.Id
               join e in db.Enterprises on a.EnterpriseId equals e.Id
               orderby a.Status == ApplicationStatus.Submitted ? 0 : 1, a.DueOn, a.Id descending
               select new Row(a.Id, a.PolicyId, p.Title, a.EnterpriseId, e.Name, a.CountyCode, a.Year, a.Amount, a.FirmNote, a.SubmittedAt, a.DueOn, a.Status,
                   a.Status == ApplicationStatus.Submitted && a.DueOn < today, a.DecidedAt, a.DecidedBy, a.Decision, a.Version);
    }
}
