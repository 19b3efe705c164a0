using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Projects;

/// <summary>
/// Registers a project. One already under way is entered at the stage it has reached with the date of each stage
/// passed, and its history shows those steps. Whoever registers a confidential project is named on it.
/// </summary>
public sealed class CreateProject(IDbContextFactory<AppDbContext> dbs, ProjectRules rules, TimeProvider clock)
{
    public async Task<int> HandleAsync(ProjectInput input, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var project = await BuildAsync(db, input, actor, ct);
        db.Projects.Add(project);
        await db.SaveChangesAsync(ct);
        return project.Id;
    }

    /// <summary>Checks the input and builds the project with its history, not yet saved (lead conversion adds it in its own unit of work).</summary>
    public async Task<Project> BuildAsync(AppDbContext db, ProjectInput input, Actor actor, CancellationToken ct)
    {
        if (input.Stage is ProjectStage.Terminated or ProjectStage.Revitalized)
        {
            throw new InputException(nameof(input.Stage), "新登记的项目不能是终止或盘活状态");
        }
        await rules.CheckAsync(db, input, null, actor, ct);
        var today = clock.Today();
        var project = new Project { Stage = ProjectStage.Planning };
        ProjectRules.Fill(project, input);
        var now = clock.GetUtcNow().UtcDateTime;
        var dates = new Dictionary<ProjectStage, DateOnly?>
        {
            [ProjectStage.Signed] = input.SignedOn, [ProjectStage.Started] = input.StartedOn,
            [ProjectStage.Operating] = input.OperatingOn, [ProjectStage.FullProduction] = input.FullProductionOn,
        };
        // A project entered late starts its history on its earliest known date.
        var start = dates.Values.Where(d => d is not null).Min() is { } first && first < today ? first : today;
        project.StageChanges.Add(new ProjectStageChange { ToStage = ProjectStage.Planning, EffectiveOn = start, At = now, ActorName = actor.UserName, Note = "登记项目" });
        while (project.Stage != input.Stage)
        {
            var next = ProjectStages.Following(project.Stage);
            ProjectStages.Apply(project, next, dates.GetValueOrDefault(next) ?? (next == ProjectStage.Negotiating ? start : null), "登记时补录", today, (now, actor.UserName));
        }
        if (project.IsConfidential)
        {
            project.Viewers.Add(new ProjectViewer { UserId = actor.UserId, UserName = actor.UserName });
        }
        return project;
    }
}
