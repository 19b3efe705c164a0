using ChainChief.Web.Infrastructure.Errors;

namespace ChainChief.Web.Features.Projects;

/// <summary>
/// The stage rules (DOMAIN §6): a project moves one stage forward at a time and never back; 终止 ends it from any
/// stage before 达产; 盘活 revives a terminated one, which then resumes from where it stopped. Each stage from 签约 on
/// needs its date, no earlier than the stage before it and not in the future; signing needs the contract amount.
/// </summary>
public static class ProjectStages
{
    private static readonly ProjectStage[] Path =
        [ProjectStage.Planning, ProjectStage.Negotiating, ProjectStage.Signed, ProjectStage.Started, ProjectStage.Operating, ProjectStage.FullProduction];

    /// <summary>Where the project may go from its present stage (for the UI's buttons and the API's check).</summary>
    public static IReadOnlyList<ProjectStage> Next(ProjectStage stage, ProjectStage? beforeTermination) => stage switch
    {
        ProjectStage.FullProduction => [],
        ProjectStage.Terminated => [ProjectStage.Revitalized],
        ProjectStage.Revitalized => [Following(beforeTermination ?? ProjectStage.Planning), ProjectStage.Terminated],
        _ => [Following(stage), ProjectStage.Terminated],
    };

    /// <summary>The stage after a path stage.</summary>
    public static ProjectStage Following(ProjectStage stage) => Path[Math.Min(Array.IndexOf(Path, stage) + 1, Path.Length - 1)];

    /// <summary>Whether the stage is on the main path and at or past <paramref name="milestone"/>.</summary>
    public static bool Reached(ProjectStage stage, ProjectStage milestone) =>
        Array.IndexOf(Path, stage) >= Array.IndexOf(Path, milestone) && Array.IndexOf(Path, milestone) >= 0;

    /// <summary>Moves the project, setting the stage's date; throws with the reason in Chinese when the step is not allowed.</summary>
    public static void Apply(Project project, ProjectStage to, DateOnly? on, string? note, DateOnly today, (DateTime At, string Name) by)
    {
        if (!Next(project.Stage, project.StageBeforeTermination).Contains(to))
        {
            throw new BusinessRuleException("project.stage",
                $"项目当前为“{ProjectLabels.Of(project.Stage)}”，不能转为“{ProjectLabels.Of(to)}”"
                + (Next(project.Stage, project.StageBeforeTermination) is { Count: > 0 } next ? $"（可转为：{string.Join("、", next.Select(ProjectLabels.Of))}）" : "（已达产，阶段不再变化）"));
        }
        var date = RequireDate(project, to, on, today);
        if (to is ProjectStage.Terminated or ProjectStage.Revitalized && string.IsNullOrWhiteSpace(note))
        {
            throw new InputException("Note", to == ProjectStage.Terminated ? "终止项目须说明原因" : "盘活项目须说明盘活方式（新的投资方或用途）");
        }
        if (to == ProjectStage.Signed && project.TotalInvestment <= 0)
        {
            throw new InputException("TotalInvestment", "签约须填写合同总投资（万元）");
        }
        switch (to)
        {
            case ProjectStage.Signed: project.SignedOn = date; break;
            case ProjectStage.Started: project.StartedOn = date; break;
            case ProjectStage.Operating: project.OperatingOn = date; break;
            case ProjectStage.FullProduction: project.FullProductionOn = date; break;
            case ProjectStage.Terminated:
                project.TerminatedOn = date;
                project.StageBeforeTermination = project.Stage == ProjectStage.Revitalized ? project.StageBeforeTermination : project.Stage;
                break;
            case ProjectStage.Revitalized: project.RevitalizedOn = date; break;
        }
        project.StageChanges.Add(new ProjectStageChange { FromStage = project.Stage, ToStage = to, EffectiveOn = date!.Value, Note = note?.Trim(), At = by.At, ActorName = by.Name });
        project.Stage = to;
    }

    /// <summary>The date of the latest dated stage so far: a new stage may not come before it.</summary>
    public static DateOnly? LastDate(Project p) =>
        new[] { p.SignedOn, p.StartedOn, p.OperatingOn, p.FullProductionOn, p.TerminatedOn, p.RevitalizedOn }.Max();

    private static DateOnly? RequireDate(Project project, ProjectStage to, DateOnly? on, DateOnly today)
    {
        if (to is ProjectStage.Planning or ProjectStage.Negotiating)
        {
            return on ?? today;
        }
        if (on is not { } date)
        {
            throw new InputException("EffectiveOn", $"请填写{ProjectLabels.DateLabel(to)}");
        }
        if (date > today)
        {
            throw new InputException("EffectiveOn", $"{ProjectLabels.DateLabel(to)}不能晚于今天");
        }
        if (LastDate(project) is { } last && date < last)
        {
            throw new InputException("EffectiveOn", $"{ProjectLabels.DateLabel(to)}不能早于上一阶段的日期（{last:yyyy-MM-dd}）");
        }
        return date;
    }
}
