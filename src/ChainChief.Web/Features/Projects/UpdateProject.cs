using ChainChief.Web.Data;
using ChainChief.Web.Features.Investment;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Projects;

/// <summary>
/// Edits a project's details (not its stage or dates: those move through <see cref="AdvanceProject"/>). Only a user
/// named on a confidential project may edit it, since everyone else sees its code name in place of its identity.
/// Making a project confidential names the editor on it. A stale version is a 409.
/// </summary>
public sealed class UpdateProject(IDbContextFactory<AppDbContext> dbs, ProjectRules rules)
{
    public async Task<bool> HandleAsync(int id, ProjectInput input, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var project = await db.Projects.VisibleTo(actor).Include(p => p.Viewers).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return false;
        }
        if (!ProjectAccess.CanWrite(actor, project.CountyCode))
        {
            throw new AccessDeniedException("只有本辖区的链长办、县区和部门的干部可以修改项目");
        }
        if (project.IsConfidential && project.Viewers.All(v => v.UserId != actor.UserId))
        {
            throw new AccessDeniedException("保密项目只有列名人员可以修改");
        }
        await rules.CheckAsync(db, input, id, actor, ct);
        db.Entry(project).Property(p => p.Version).OriginalValue = input.Version;
        var wasConfidential = project.IsConfidential;
        ProjectRules.Fill(project, input);
        if (project.IsConfidential != wasConfidential)
        {
            await ConfidentialityChangedAsync(db, project, ct);
        }
        if (project.IsConfidential && project.Viewers.All(v => v.UserId != actor.UserId))
        {
            project.Viewers.Add(new ProjectViewer { UserId = actor.UserId, UserName = actor.UserName });
        }
        db.Entry(project).Property(p => p.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The lead it came from follows; becoming confidential blanks the identity already in the audit log.</summary>
    private static async Task ConfidentialityChangedAsync(AppDbContext db, Project project, CancellationToken ct)
    {
        var lead = await db.Leads.SingleOrDefaultAsync(l => l.ProjectId == project.Id, ct);
        if (lead is not null)
        {
            lead.Confidential = project.IsConfidential;
        }
        if (!project.IsConfidential)
        {
            return;
        }
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        await AuditRedaction.RedactAsync(db, nameof(Project), project.Id.ToString(invariant), Project.IdentityFields, ct);
        if (lead is not null)
        {
            await AuditRedaction.RedactAsync(db, nameof(Lead), lead.Id.ToString(invariant), Lead.IdentityFields, ct);
        }
    }
}
