using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Enterprises;

/// <summary>
/// Saves an edited record. Scale or status differing from the stored one is recorded as a dated change; a stale
/// <see cref="EnterpriseInput.Version"/> is refused. Returns false when the firm is not visible to the actor.
/// </summary>
public sealed class UpdateEnterprise(IDbContextFactory<AppDbContext> dbs, EnterpriseRules rules, TimeProvider clock)
{
    public async Task<bool> HandleAsync(int id, EnterpriseInput input, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var enterprise = await db.Enterprises.VisibleTo(actor).Include(e => e.Chains).SingleOrDefaultAsync(e => e.Id == id, ct);
        if (enterprise is null)
        {
            return false;
        }
        var county = await rules.EnsureValidAsync(db, input, actor, ct);
        if (actor.IsEnterpriseUser && (input.CreditCode != enterprise.CreditCode || county != enterprise.CountyCode
            || input.Scale != enterprise.Scale || input.Status != enterprise.Status))
        {
            throw new AccessDeniedException("企业用户不能修改统一社会信用代码、所属县区、规模或经营状态，请联系主管部门");
        }
        if (input.CreditCode != enterprise.CreditCode)
        {
            // Correcting a mistyped code keeps the firm's history; the code stays unique.
            await EnterpriseRules.EnsureCreditCodeFreeAsync(db, input.CreditCode, id, ct);
            enterprise.CorrectCreditCode(input.CreditCode);
        }
        db.Entry(enterprise).Property(e => e.Version).OriginalValue = input.Version;
        enterprise.Update(input.ToProfile(county));
        enterprise.ChangeScale(input.Scale, clock.Today(), "编辑档案", actor.UserName);
        enterprise.ChangeStatus(input.Status, clock.Today(), "编辑档案", actor.UserName);
        enterprise.SetChains(input.ChainIds);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
