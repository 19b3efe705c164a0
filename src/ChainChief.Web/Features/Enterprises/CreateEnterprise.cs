using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Enterprises;

/// <summary>建档: registers a firm with its initial scale and status as the first history rows.</summary>
public sealed class CreateEnterprise(IDbContextFactory<AppDbContext> dbs, EnterpriseRules rules, TimeProvider clock)
{
    public async Task<int> HandleAsync(EnterpriseInput input, Actor actor, CancellationToken ct)
    {
        if (actor.IsEnterpriseUser)
        {
            throw new AccessDeniedException("企业用户不能新建企业档案");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var county = await rules.EnsureValidAsync(db, input, actor, ct);
        await EnterpriseRules.EnsureCreditCodeFreeAsync(db, input.CreditCode, 0, ct);
        var enterprise = Enterprise.Create(input.CreditCode, input.ToProfile(county), input.Scale, input.Status,
            clock.Today(), actor.UserName);
        enterprise.SetChains(input.ChainIds);
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync(ct);
        return enterprise.Id;
    }
}
