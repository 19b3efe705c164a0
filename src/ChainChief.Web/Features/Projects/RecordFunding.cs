using ChainChief.Web.Data;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Projects;

/// <summary>
/// Records 到位资金 for a month (万元): the month's figure replaces what was there; 0 removes it. Money arrives only
/// after signing, never for a future month, and never more in total than the total investment.
/// </summary>
public sealed class RecordFunding(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    public sealed record Request(int Period, decimal Amount);

    public async Task<bool> HandleAsync(int id, Request request, Actor actor, CancellationToken ct)
    {
        if (!Periods.IsValid(request.Period) || request.Period > Periods.Of(clock.Today()))
        {
            throw new InputException(nameof(request.Period), "月份格式为YYYYMM，且不能晚于本月");
        }
        if (request.Amount < 0)
        {
            throw new InputException(nameof(request.Amount), "到位资金不能为负数");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var project = await db.Projects.VisibleTo(actor).Include(p => p.Funding).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return false;
        }
        if (!ProjectAccess.CanWrite(actor, project.CountyCode))
        {
            throw new AccessDeniedException("只有本辖区的链长办、县区和部门的干部可以登记到位资金");
        }
        if (project.SignedOn is not { } signed || request.Period < Periods.Of(signed))
        {
            throw new BusinessRuleException("project.funding", "项目签约后才有到位资金，月份不能早于签约月份");
        }
        var others = project.Funding.Where(f => f.Period != request.Period).Sum(f => f.Amount);
        if (others + request.Amount > project.TotalInvestment)
        {
            throw new InputException(nameof(request.Amount), $"累计到位资金{others + request.Amount:0.##}万元将超过总投资{project.TotalInvestment:0.##}万元");
        }
        var row = project.Funding.SingleOrDefault(f => f.Period == request.Period);
        if (request.Amount == 0 && row is not null)
        {
            project.Funding.Remove(row);
        }
        else if (row is not null)
        {
            row.Amount = request.Amount;
        }
        else if (request.Amount > 0)
        {
            project.Funding.Add(new ProjectFunding { Period = request.Period, Amount = request.Amount });
        }
        await db.SaveChangesAsync(ct);
        return true;
    }
}
