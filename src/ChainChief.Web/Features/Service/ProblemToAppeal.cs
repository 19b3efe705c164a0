using ChainChief.Web.Data;
using ChainChief.Web.Features.Appeals;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Service;

/// <summary>Files a problem from an earlier visit as an appeal, once.</summary>
public sealed class ProblemToAppeal(IDbContextFactory<AppDbContext> dbs, FileAppeal file)
{
    public async Task<int> HandleAsync(int visitId, int problemId, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var visit = await db.Visits.VisibleTo(db, actor).Include(v => v.Problems).SingleOrDefaultAsync(v => v.Id == visitId, ct)
            ?? throw new BusinessRuleException("visit.missing", "走访记录不存在或不在您的范围内");
        var problem = visit.Problems.SingleOrDefault(p => p.Id == problemId)
            ?? throw new BusinessRuleException("visit.problem.missing", "该走访记录中没有这个问题");
        if (problem.AppealId is not null)
        {
            throw new BusinessRuleException("visit.problem.filed", "这个问题已转为诉求");
        }
        await ServiceAccess.FirmForVisitAsync(db, visit.EnterpriseId, actor, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var appealId = (await RecordVisit.FileProblemAsync(db, file, visit, problem, actor, ct)).Id;
        // Two officers at once: only the first claims the problem; the other's appeal is rolled back with its transaction.
        var claimed = await db.VisitProblems.Where(p => p.Id == problemId && p.AppealId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.AppealId, appealId), ct);
        if (claimed == 0)
        {
            throw new BusinessRuleException("visit.problem.filed", "这个问题已转为诉求");
        }
        await tx.CommitAsync(ct);
        return appealId;
    }
}
