using ChainChief.Web.Data;
using ChainChief.Web.Features.Alerts;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Projects;

/// <summary>
/// The users named on a confidential project (知悉范围). Only a named user may see or change the list; those added must
/// be officials whose region covers the project. The last name cannot be removed.
/// </summary>
public sealed class ManageProjectViewers(IDbContextFactory<AppDbContext> dbs)
{
    public sealed record Viewer(string UserId, string UserName);

    public sealed record Candidate(string UserId, string Name);

    public async Task<IReadOnlyList<Viewer>?> ListAsync(int id, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await NamedProjectAsync(db, id, actor, ct) is null ? null
            : await db.ProjectViewers.Where(v => v.ProjectId == id).OrderBy(v => v.UserName).Select(v => new Viewer(v.UserId, v.UserName)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Candidate>?> CandidatesAsync(int id, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await NamedProjectAsync(db, id, actor, ct) is { } project
            ? [.. (await AlertAccess.OfficialsForAsync(db, project.CountyCode, ct)).Where(o => project.Viewers.All(v => v.UserId != o.Id)).Select(o => new Candidate(o.Id, o.Name))]
            : null;
    }

    public async Task<bool> AddAsync(int id, string userId, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        if (await NamedProjectAsync(db, id, actor, ct) is not { } project)
        {
            return false;
        }
        var official = (await AlertAccess.OfficialsForAsync(db, project.CountyCode, ct)).SingleOrDefault(o => o.Id == userId)
            ?? throw new InputException("UserId", "只能列名能看到该项目所在县区的干部");
        if (project.Viewers.All(v => v.UserId != userId))
        {
            project.Viewers.Add(new ProjectViewer { UserId = official.Id, UserName = official.Name });
            await db.SaveChangesAsync(ct);
        }
        return true;
    }

    public async Task<bool> RemoveAsync(int id, string userId, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        if (await NamedProjectAsync(db, id, actor, ct) is not { } project)
        {
            return false;
        }
        var viewer = project.Viewers.SingleOrDefault(v => v.UserId == userId);
        if (viewer is null)
        {
            return false;
        }
        if (project.Viewers.Count == 1)
        {
            throw new BusinessRuleException("project.viewers", "保密项目至少要有一名列名人员");
        }
        project.Viewers.Remove(viewer);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The confidential project when the actor is named on it; null when it is not there or not theirs to see;
    /// a 403 when it is visible but the actor is not named (or it is not confidential).</summary>
    private static async Task<Project?> NamedProjectAsync(AppDbContext db, int id, Actor actor, CancellationToken ct)
    {
        var project = await db.Projects.VisibleTo(actor).Include(p => p.Viewers).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return null;
        }
        if (!project.IsConfidential)
        {
            throw new BusinessRuleException("project.not-confidential", "该项目不是保密项目，无需列名");
        }
        return project.Viewers.Any(v => v.UserId == actor.UserId) ? project : throw new AccessDeniedException("只有列名人员可以查看和调整保密项目的知悉范围");
    }
}
