using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Projects;

/// <summary>Moves a project to its next stage, terminates or revives it (<see cref="ProjectStages"/> has the rules).</summary>
public sealed class AdvanceProject(IDbContextFactory<AppDbContext> dbs, TimeProvider clock)
{
    public sealed record Request(ProjectStage To, DateOnly? EffectiveOn, string? Note, int Version);

    public async Task<bool> HandleAsync(int id, Request request, Actor actor, CancellationToken ct)
    {
        if (request.Note is { Length: > 1000 })
        {
            throw new InputException(nameof(request.Note), "说明不超过1000个字");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var project = await db.Projects.VisibleTo(actor).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return false;
        }
        if (!ProjectAccess.CanWrite(actor, project.CountyCode))
        {
            throw new AccessDeniedException("只有本辖区的链长办、县区和部门的干部可以推进项目");
        }
        db.Entry(project).Property(p => p.Version).OriginalValue = request.Version;
        ProjectStages.Apply(project, request.To, request.EffectiveOn, request.Note, clock.Today(), (clock.GetUtcNow().UtcDateTime, actor.UserName));
        await db.SaveChangesAsync(ct);
        return true;
    }
}
