using ChainChief.Web.Data;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// Awards across policies and firms in the actor's region — by default those approved and waiting for payment (待拨付),
/// from batches and from approved 快申快享 applications alike — so the finance side has one worklist.
/// </summary>
public sealed class ListAwards(IDbContextFactory<AppDbContext> dbs, ReferenceData reference)
{
    public sealed record Query
    {
        public int? PolicyId { get; init; }
        /// <summary>Default: approved, waiting for payment.</summary>
        public AwardStatus? Status { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    public sealed record Row(int Id, int PolicyId, string PolicyTitle, PolicyMode Mode, int EnterpriseId, string Firm, string County, int Year, decimal Amount,
        AwardStatus Status, int? BatchId, int? ApplicationId, DateOnly? PaidOn, string? VoucherNo);

    public async Task<PagedList<Row>> HandleAsync(Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var page = await PagedList<Row>.CreateAsync(Rows(db, query, actor), query.Page ?? 1, query.PageSize ?? 50, ct);
        return page with { Items = [.. page.Items.Select(r => r with { County = reference.RegionName(r.County) })] };
    }

    public async Task<byte[]> ExportAsync(Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await Rows(db, query, actor).ToListAsync(ct);
        return await ExcelWorkbook.WriteSheetAsync("兑现记录", rows.Select(r => ExcelWorkbook.Row(("政策", r.PolicyTitle), ("方式", PolicyLabels.Of(r.Mode)),
            ("企业", r.Firm), ("区县", reference.RegionName(r.County)), ("年度", r.Year), ("金额（万元）", r.Amount), ("状态", PolicyLabels.Of(r.Status)),
            ("来源", r.BatchId is { } b ? $"批次{b}" : "申请"), ("拨付日期", r.PaidOn?.ToString("yyyy-MM-dd")), ("凭证号", r.VoucherNo))), ct);
    }

    private static IQueryable<Row> Rows(AppDbContext db, Query query, Actor actor)
    {
        var status = query.Status ?? AwardStatus.Approved;
        var awards = db.Awards.AsNoTracking().InScope(actor).Where(a => a.Status == status);
        if (query.PolicyId is { } policyId)
        {
            awards = awards.Where(a => a.PolicyId == policyId);
        }
        return from a in awards
               join p in db.Policies on a.PolicyId equals p.Id
               join e in db.Enterprises on a.EnterpriseId equals e.Id
               orderby a.Year descending, a.PolicyId, e.Name
               select new Row(a.Id, a.PolicyId, p.Title, p.Mode, a.EnterpriseId, e.Name, a.CountyCode, a.Year, a.Amount, a.Status, a.BatchId, a.ApplicationId,
                   a.PaidOn, a.VoucherNo);
    }
}
