using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Investment;

/// <summary>Reads and saves the lead escalation days and the service-level thresholds. A stale version is a 409.</summary>
public sealed class ManageInvestmentSettings(IDbContextFactory<AppDbContext> dbs)
{
    public async Task<InvestmentSettings> GetAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.InvestmentSettings.AsNoTracking().SingleAsync(ct);
    }

    public async Task<InvestmentSettings> SaveAsync(InvestmentSettings input, Actor actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.LeadTaskForceDays is < 1 or > 365)
        {
            errors[nameof(input.LeadTaskForceDays)] = ["报工作专班的天数应为1到365"];
        }
        if (input.LeadChiefDays < input.LeadTaskForceDays || input.LeadChiefDays > 365)
        {
            errors[nameof(input.LeadChiefDays)] = ["报链长的天数应不少于报工作专班的天数，且不超过365"];
        }
        if (input.CommissionerFrom <= 0)
        {
            errors[nameof(input.CommissionerFrom)] = ["专员服务的起点应大于0万元"];
        }
        if (input.TaskForceFrom <= input.CommissionerFrom)
        {
            errors[nameof(input.TaskForceFrom)] = ["专班服务的起点应高于专员服务的起点"];
        }
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var settings = await db.InvestmentSettings.SingleAsync(ct);
        db.Entry(settings).Property(s => s.Version).OriginalValue = input.Version;
        (settings.LeadTaskForceDays, settings.LeadChiefDays, settings.TaskForceFrom, settings.CommissionerFrom) =
            (input.LeadTaskForceDays, input.LeadChiefDays, input.TaskForceFrom, input.CommissionerFrom);
        db.Entry(settings).Property(s => s.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
        return settings;
    }
}
