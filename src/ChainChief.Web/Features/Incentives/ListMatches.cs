using ChainChief.Web.Data;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Incentives;

/// <summary>
/// 政策找人 results: the firms found eligible for each policy on a year's figures, with the amount, how it is computed,
/// and how far each has got (applied, awarded, paid) — the firms not yet reached are the ones to call.
/// </summary>
public sealed class ListMatches(IDbContextFactory<AppDbContext> dbs, ReferenceData reference, TimeProvider clock)
{
    public sealed record Query
    {
        public int? PolicyId { get; init; }
        public int? EnterpriseId { get; init; }
        /// <summary>A county (or deeper) within the actor's region.</summary>
        public string? Region { get; init; }
        /// <summary>Words in the firm's name.</summary>
        public string? Text { get; init; }
        /// <summary>Only pairs with no award yet (待兑现).</summary>
        public bool? Unserved { get; init; }
        public int? Year { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    public sealed record Row(long Id, int PolicyId, string PolicyTitle, PolicyMode Mode, int EnterpriseId, string Firm, string County, int Year, decimal Amount,
        string Benefit, DateTime FoundAt, AwardStatus? Award, ApplicationStatus? Application);

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
        return await ExcelWorkbook.WriteSheetAsync("政策匹配结果", rows.Select(r => ExcelWorkbook.Row(("政策", r.PolicyTitle), ("方式", PolicyLabels.Of(r.Mode)),
            ("企业", r.Firm), ("区县", reference.RegionName(r.County)), ("数据年度", r.Year), ("可享金额（万元）", r.Amount), ("计算方法", r.Benefit),
            ("发现时间", r.FoundAt.ToChinaTime().ToString("yyyy-MM-dd")), ("申请", r.Application is { } a ? PolicyLabels.Of(a) : ""),
            ("兑现", r.Award is { } w ? PolicyLabels.Of(w) : "未兑现"))), ct);
    }

    private IQueryable<Row> Rows(AppDbContext db, Query query, Actor actor)
    {
        var year = query.Year ?? PolicyScope.FactYear(clock.Today());
        var matches = db.PolicyMatches.AsNoTracking().InScope(actor).Where(m => m.Year == year && m.Current);
        if (query.PolicyId is { } policyId)
        {
            matches = matches.Where(m => m.PolicyId == policyId);
        }
        if (query.EnterpriseId is { } firm)
        {
            matches = matches.Where(m => m.EnterpriseId == firm);
        }
        if (query.Region.TrimToNull() is { } region)
        {
            matches = matches.Where(m => m.CountyCode.StartsWith(region));
        }
        if (query.Unserved == true)
        {
            matches = matches.Where(m => !db.Awards.Any(a => a.PolicyId == m.PolicyId && a.Year == m.Year && a.EnterpriseId == m.EnterpriseId));
        }
        var text = query.Text.TrimToNull();
        return from m in matches
               join p in db.Policies on m.PolicyId equals p.Id
               join e in db.Enterprises on m.EnterpriseId equals e.Id
               where text == null || e.Name.Contains(text)
               orderby m.Amount descending, m.Id
               select new Row(m.Id, m.PolicyId, p.Title, p.Mode, m.EnterpriseId, e.Name, m.CountyCode, m.Year, m.Amount, m.Benefit, m.FoundAt,
                   db.Awards.Where(a => a.PolicyId == m.PolicyId && a.Year == m.Year && a.EnterpriseId == m.EnterpriseId).Select(a => (AwardStatus?)a.Status).FirstOrDefault(),
                   db.PolicyApplications.Where(a => a.PolicyId == m.PolicyId && a.Year == m.Year && a.EnterpriseId == m.EnterpriseId).Select(a => (ApplicationStatus?)a.Status).FirstOrDefault());
    }
}
