using ChainChief.Web.Data;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Enterprises;

/// <summary>Checks that need reference data or the actor: codes exist, the county is in scope, chains exist.</summary>
public sealed class EnterpriseRules(ReferenceData reference, TimeProvider clock)
{
    /// <summary>Field → Chinese reasons; empty when the input passes. Returns the canonical county code.</summary>
    public Dictionary<string, string[]> Check(EnterpriseInput input, Actor actor, ISet<int> knownChainIds, out string county)
    {
        var errors = new Dictionary<string, string[]>();
        county = reference.NormalizeCounty(input.CountyCode) ?? "";
        if (county == "")
        {
            errors[nameof(input.CountyCode)] = [$"行政区划代码“{input.CountyCode}”不是有效的县级区划"];
        }
        else if (!actor.IsEnterpriseUser && !actor.CanSeeRegion(county))
        {
            errors[nameof(input.CountyCode)] = [$"您只能管理本辖区的企业，{reference.RegionName(county)}（{county}）不在您的辖区内"];
        }
        if (!reference.IsIndustryClass(input.IndustryCode))
        {
            errors[nameof(input.IndustryCode)] = [reference.Industry(input.IndustryCode) is { } i
                ? $"行业代码“{input.IndustryCode}”（{i.Name}）不是小类，请选择4位小类代码"
                : $"行业代码“{input.IndustryCode}”不在国民经济行业分类（GB/T 4754-2017）中"];
        }
        if (input.FoundedOn is { } f && (f.Year < 1900 || f > clock.Today()))
        {
            errors[nameof(input.FoundedOn)] = ["成立日期应在1900年之后且不晚于今天"];
        }
        var unknown = input.ChainIds.Where(id => !knownChainIds.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            errors[nameof(input.ChainIds)] = [$"产业链不存在：{string.Join("、", unknown)}"];
        }
        return errors;
    }

    /// <summary>Throws a 400 listing every problem, or returns the canonical county code.</summary>
    public async Task<string> EnsureValidAsync(AppDbContext db, EnterpriseInput input, Actor actor, CancellationToken ct)
    {
        var chains = input.ChainIds.Count == 0
            ? new HashSet<int>()
            : (await db.Chains.Where(c => input.ChainIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        var errors = Check(input, actor, chains, out var county);
        return errors.Count > 0 ? throw new InputException(errors) : county;
    }

    public static async Task EnsureCreditCodeFreeAsync(AppDbContext db, string creditCode, int exceptId, CancellationToken ct)
    {
        if (await db.Enterprises.AnyAsync(e => e.CreditCode == creditCode && e.Id != exceptId, ct))
        {
            throw new InputException(nameof(EnterpriseInput.CreditCode), $"统一社会信用代码 {creditCode} 已被其他企业使用");
        }
    }
}
