using System.ComponentModel.DataAnnotations;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Admin;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Chains;

/// <summary>Who may do what with plans, tasks and meetings, and the checks every write of them shares.</summary>
public static class ChainWorkRules
{
    /// <summary>链长办 and administrators; a department user for the tasks its department owns.</summary>
    public static bool CanUpdateProgress(Actor actor, int ownerDepartmentId) =>
        ChainScope.CanManage(actor) || (actor.IsIn(Roles.Department) && actor.DepartmentId == ownerDepartmentId);

    public static void EnsureCanManage(Actor actor)
    {
        if (!ChainScope.CanManage(actor))
        {
            throw new AccessDeniedException("只有链长办或系统管理员可以编辑产业链的行动计划、重点任务和会议");
        }
    }

    public static Task<bool> ChainVisibleAsync(AppDbContext db, int chainId, Actor actor, CancellationToken ct) =>
        db.Chains.VisibleTo(actor).AnyAsync(c => c.Id == chainId, ct);

    /// <summary>Tasks are visible to whoever can see their chain.</summary>
    public static IQueryable<ChainTask> VisibleTasks(AppDbContext db, Actor actor)
    {
        var chains = db.Chains.VisibleTo(actor);
        return db.ChainTasks.Where(t => chains.Any(c => c.Id == t.ChainId));
    }

    /// <summary>Departments of the actor's government and those above it, like <see cref="ChainScope.VisibleTo"/>.</summary>
    public static IQueryable<Department> VisibleTo(this IQueryable<Department> departments, Actor actor)
    {
        var scope = actor.RegionScope;
        var above = Enumerable.Range(0, scope.Length / 2 + 1).Select(i => scope[..(i * 2)]).ToList();
        return departments.Where(d => d.RegionCode.StartsWith(scope) || above.Contains(d.RegionCode));
    }

    public static async Task EnsureOwnerDepartmentAsync(AppDbContext db, int departmentId, Actor actor, CancellationToken ct)
    {
        if (!await db.Departments.VisibleTo(actor).AnyAsync(d => d.Id == departmentId, ct))
        {
            throw new InputException("OwnerDepartmentId", "责任部门不存在或不在您的管辖范围内");
        }
    }

    /// <summary>
    /// The API validates inputs before the handler runs; pages call handlers directly and a form validates only what
    /// it shows, so handlers check again (nested items included) and refuse with the same Chinese field messages.
    /// </summary>
    public static void EnsureValid(object input, IEnumerable<(string Prefix, object Item)>? items = null)
    {
        var errors = Errors(input, "");
        foreach (var (prefix, item) in items ?? [])
        {
            foreach (var (field, messages) in Errors(item, prefix))
            {
                errors[field] = messages;
            }
        }
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }
    }

    /// <summary>Makes an update compare the loaded version even if only child rows changed, and bump it.</summary>
    public static void ExpectVersion<T>(AppDbContext db, T entity, int version) where T : class, IVersioned, IStamped
    {
        var entry = db.Entry(entity);
        entry.Property(nameof(IVersioned.Version)).OriginalValue = version;
        entry.Property(nameof(IStamped.UpdatedAt)).IsModified = true;
    }

    private static Dictionary<string, string[]> Errors(object input, string prefix)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        return results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (Field: prefix.Length == 0 ? m : $"{prefix}.{m}", r.ErrorMessage)))
            .GroupBy(x => x.Field)
            .ToDictionary(g => g.Key, g => g.Select(x => x.ErrorMessage ?? "输入有误").ToArray());
    }
}
