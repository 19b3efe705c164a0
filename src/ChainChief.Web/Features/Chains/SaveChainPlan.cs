using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Chains;

/// <summary>
/// Creates or updates a chain's three-year action plan. Plans of one chain may not overlap, so "the current plan"
/// (the one covering this year) is never ambiguous. Returns null when the chain or the plan is not visible.
/// </summary>
public sealed class SaveChainPlan(IDbContextFactory<AppDbContext> dbs)
{
    public async Task<int?> HandleAsync(int chainId, int? planId, ChainPlanInput input, Actor actor, CancellationToken ct)
    {
        ChainWorkRules.EnsureCanManage(actor);
        ChainWorkRules.EnsureValid(input);
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        if (!await ChainWorkRules.ChainVisibleAsync(db, chainId, actor, ct))
        {
            return null;
        }
        var overlap = await db.ChainPlans
            .Where(p => p.ChainId == chainId && p.Id != (planId ?? 0) && p.StartYear <= input.EndYear && p.EndYear >= input.StartYear)
            .Select(p => new { p.StartYear, p.EndYear }).FirstOrDefaultAsync(ct);
        if (overlap is not null)
        {
            throw new InputException(nameof(input.StartYear), $"与已有的三年行动计划（{overlap.StartYear}—{overlap.EndYear}年）年度重叠");
        }
        ChainPlan plan;
        if (planId is int id)
        {
            var existing = await db.ChainPlans.SingleOrDefaultAsync(p => p.Id == id && p.ChainId == chainId, ct);
            if (existing is null)
            {
                return null;
            }
            plan = existing;
            ChainWorkRules.ExpectVersion(db, plan, input.Version);
        }
        else
        {
            plan = db.ChainPlans.Add(new ChainPlan { ChainId = chainId }).Entity;
        }
        plan.Title = input.Title.Trim();
        plan.StartYear = input.StartYear;
        plan.EndYear = input.EndYear;
        plan.Content = input.Content.Trim();
        plan.ApprovedOn = input.ApprovedOn;
        await db.SaveChangesAsync(ct);
        return plan.Id;
    }
}
