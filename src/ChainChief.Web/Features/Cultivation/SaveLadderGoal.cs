using ChainChief.Web.Data;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Cultivation;

/// <summary>
/// Creates (id null) or edits a region's yearly ladder goal, within the actor's region. One goal per region, year and
/// kind. A stale version is a 409. Returns the goal's id, or null when the goal to edit is not there.
/// </summary>
public sealed class SaveLadderGoal(IDbContextFactory<AppDbContext> dbs, ReferenceData reference)
{
    public async Task<int?> HandleAsync(int? id, LadderGoalInput input, Actor actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(actor);
        var region = input.RegionCode?.Trim() ?? "";
        Check(input, region);
        if (!actor.CanSeeRegion(region))
        {
            throw new AccessDeniedException("只能为本辖区设定培育目标");
        }
        LadderGoal? goal;
        if (id is { } existing)
        {
            goal = await db.LadderGoals.SingleOrDefaultAsync(g => g.Id == existing && g.RegionCode.StartsWith(actor.RegionScope), ct);
            if (goal is null)
            {
                return null;
            }
            db.Entry(goal).Property(g => g.Version).OriginalValue = input.Version;
        }
        else
        {
            goal = new LadderGoal();
            db.LadderGoals.Add(goal);
        }
        if (await db.LadderGoals.AnyAsync(g => g.Id != goal.Id && g.RegionCode == region && g.Year == input.Year && g.Kind == input.Kind, ct))
        {
            throw new BusinessRuleException("goal.duplicate", $"{reference.RegionName(region)}{input.Year}年已有“{LadderLabels.Of(input.Kind)}”目标，请修改原目标");
        }
        (goal.RegionCode, goal.Year, goal.Kind, goal.Target, goal.Note) = (region, input.Year, input.Kind, input.Target, input.Note.TrimToNull());
        await db.SaveChangesAsync(ct);
        return goal.Id;
    }

    private void Check(LadderGoalInput input, string region)
    {
        var errors = new Dictionary<string, string[]>();
        if (reference.Region(region) is null)
        {
            errors[nameof(input.RegionCode)] = ["请选择有效的行政区划（市或县区）"];
        }
        if (input.Year is < 2000 or > 2100)
        {
            errors[nameof(input.Year)] = ["年份应在2000到2100之间"];
        }
        if (input.Target is < 0 or > 100_000)
        {
            errors[nameof(input.Target)] = ["目标数应为0到100000之间的整数"];
        }
        if (!Enum.IsDefined(input.Kind))
        {
            errors[nameof(input.Kind)] = ["请选择目标类型"];
        }
        if (input.Note?.Length > 200)
        {
            errors[nameof(input.Note)] = ["说明不超过200个字"];
        }
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }
    }
}
