using ChainChief.Web.Data;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Incentives;

/// <summary>The policy library as a workbook: each policy's conditions and benefit in words, with this year's 应享尽享 figures.</summary>
public sealed class ExportPolicies(IDbContextFactory<AppDbContext> dbs, ReferenceData reference, TimeProvider clock)
{
    public async Task<byte[]> HandleAsync(ListPolicies.Query query, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var year = query.Year ?? PolicyScope.FactYear(clock.Today());
        var policies = await ListPolicies.Filter(db, query, actor).OrderBy(p => p.Id).ToListAsync(ct);
        var (_, byPolicy) = await EnjoymentRate.ComputeAsync(db, year, null, actor, ct);
        var figures = byPolicy.ToDictionary(r => r.PolicyId, r => r.Figures);
        var names = await PolicyNames.LoadAsync(db, reference, actor.RegionScope, ct);
        var rows = policies.Select(p =>
        {
            var input = GetPolicy.ToInput(p);
            var f = figures.GetValueOrDefault(p.Id);
            return ExcelWorkbook.Row(("政策名称", p.Title), ("发文单位", p.Issuer), ("文号", p.DocumentNo), ("发文地区", reference.RegionName(p.RegionCode)),
                ("执行期", $"{p.EffectiveFrom:yyyy-MM-dd} 至 {(p.EffectiveTo is { } to ? to.ToString("yyyy-MM-dd") : "长期")}"), ("方式", PolicyLabels.Of(p.Mode)),
                ("办结时限（工作日）", p.DecisionDays), ("状态", PolicyLabels.Of(p.Status)), ("版本", p.Revision), ("政策摘要", p.Summary),
                ("享受条件", string.Join("\n", RuleText.Lines(input.Rule, input.Parameters, names))), ("兑现标准", RuleText.Formula(input.Formula, names)),
                ("联系方式", p.Contact), ($"{year}年度符合条件企业", f?.Eligible ?? 0), ("应享金额（万元）", f?.EligibleAmount ?? 0),
                ("已兑现企业", f?.Paid ?? 0), ("已兑现金额（万元）", f?.PaidAmount ?? 0), ("应享尽享率（%）", f?.Rate));
        });
        return await ExcelWorkbook.WriteSheetAsync("政策库", rows, ct);
    }
}
