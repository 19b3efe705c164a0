using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Cultivation;

/// <summary>
/// Saves a firm's growth profile: an enterprise user for its own firm, or a registry officer (链长办, county) within
/// the region. A stale <see cref="GrowthProfileInput.Version"/> is a 409. Returns false when the firm is not visible.
/// </summary>
public sealed class SaveGrowthProfile(IDbContextFactory<AppDbContext> dbs)
{
    public async Task<bool> HandleAsync(int enterpriseId, GrowthProfileInput input, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        if (!await db.Enterprises.VisibleTo(actor).AnyAsync(e => e.Id == enterpriseId, ct))
        {
            return false;
        }
        if (!actor.IsEnterpriseUser && !actor.IsAny(Roles.Admin, Roles.ChainOffice, Roles.County))
        {
            throw new AccessDeniedException("只有企业本身、链长办和县区干部可以填写培育档案");
        }
        Check(input);
        var profile = await db.GrowthProfiles.SingleOrDefaultAsync(p => p.EnterpriseId == enterpriseId, ct);
        if (profile is null)
        {
            profile = new GrowthProfile { EnterpriseId = enterpriseId };
            db.GrowthProfiles.Add(profile);
        }
        else
        {
            db.Entry(profile).Property(p => p.Version).OriginalValue = input.Version;
            db.Entry(profile).Property(p => p.Version).IsModified = true;
        }
        input.ApplyTo(profile);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static void Check(GrowthProfileInput i)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors.TryAdd(field, [message]);
        foreach (var (field, label, value) in new[] { (nameof(i.MainBusinessShare), "主营业务收入占比", i.MainBusinessShare),
            (nameof(i.HighTechIncomeShare), "高新技术产品收入占比", i.HighTechIncomeShare), (nameof(i.MarketShare), "市场占有率", i.MarketShare) })
        {
            if (value is < 0 or > 100)
            {
                Add(field, $"{label}应在0到100之间（填百分数，如 65 表示 65%）");
            }
        }
        if (i.DebtRatio is < 0)
        {
            // Above 100% is possible (liabilities exceed assets); below zero is a typo.
            Add(nameof(i.DebtRatio), "资产负债率不能为负数（填百分数，如 55 表示 55%）");
        }
        foreach (var (field, label, value) in new[] { (nameof(i.NicheYears), "细分市场年限", i.NicheYears), (nameof(i.ClassOneIp), "Ⅰ类知识产权数量", i.ClassOneIp),
            (nameof(i.ClassTwoIp), "Ⅱ类知识产权数量", i.ClassTwoIp), (nameof(i.TotalStaff), "职工总数", i.TotalStaff), (nameof(i.TechStaff), "科技人员数", i.TechStaff),
            (nameof(i.RndStaff), "研发人员数", i.RndStaff) })
        {
            if (value < 0)
            {
                Add(field, $"{label}不能为负数");
            }
        }
        if (i.EquityTwoYears < 0 || i.EquityThreeYears < 0)
        {
            Add(nameof(i.EquityTwoYears), "股权融资金额不能为负数");
        }
        else if (i.EquityTwoYears > i.EquityThreeYears)
        {
            Add(nameof(i.EquityThreeYears), "近3年股权融资不应少于近2年股权融资");
        }
        if (i.TechStaff > i.TotalStaff || i.RndStaff > i.TotalStaff)
        {
            Add(nameof(i.TotalStaff), "科技人员和研发人员不能多于职工总数");
        }
        if (i.SpecializedScore is < 0 or > 100)
        {
            Add(nameof(i.SpecializedScore), "专精特新自评得分应在0到100之间");
        }
        if (i.Note?.Length > 500)
        {
            Add(nameof(i.Note), "备注不超过500个字");
        }
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }
    }
}
