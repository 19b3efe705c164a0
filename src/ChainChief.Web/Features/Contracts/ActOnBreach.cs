using ChainChief.Web.Data;
using ChainChief.Web.Features.Projects;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Contracts;

/// <summary>Moves a breach case (整改, 处罚, 回收, 结案) with a note; a stale version is a 409.</summary>
public sealed class ActOnBreach(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    public sealed record Request(BreachStatus To, string? Note, int Version);

    public async Task<bool> HandleAsync(int id, Request request, Actor actor, CancellationToken ct)
    {
        if (request.Note is { Length: > 1000 })
        {
            throw new InputException(nameof(request.Note), "说明不超过1000个字");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var scope = actor.RegionScope;
        var breach = actor.IsEnterpriseUser ? null : await db.BreachCases.Where(b => b.CountyCode.StartsWith(scope)).SingleOrDefaultAsync(b => b.Id == id, ct);
        if (breach is null)
        {
            return false;
        }
        if (!ProjectAccess.CanWrite(actor, breach.CountyCode))
        {
            throw new AccessDeniedException("只有本辖区的链长办、县区和部门的干部可以处理违约案件");
        }
        db.Entry(breach).Property(b => b.Version).OriginalValue = request.Version;
        BreachWorkflow.Apply(breach, request.To, request.Note, (clock.GetUtcNow().UtcDateTime, actor.UserName));
        await db.SaveChangesAsync(ct);
        return true;
    }
}
