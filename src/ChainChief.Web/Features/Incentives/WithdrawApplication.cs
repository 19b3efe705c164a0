using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Incentives;

/// <summary>A firm takes back an application not yet decided; it may apply again later in the year.</summary>
public sealed class WithdrawApplication(IDbContextFactory<AppDbContext> dbs)
{
    public async Task<bool> HandleAsync(int id, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var application = await db.PolicyApplications.SingleOrDefaultAsync(a => a.Id == id && a.EnterpriseId == actor.EnterpriseId, ct);
        if (application is null || !actor.IsEnterpriseUser)
        {
            return false;
        }
        if (application.Status != ApplicationStatus.Submitted)
        {
            throw new BusinessRuleException("application.status", $"申请当前为“{PolicyLabels.Of(application.Status)}”，不能撤回");
        }
        application.Status = ApplicationStatus.Withdrawn;
        await db.SaveChangesAsync(ct);
        return true;
    }
}
