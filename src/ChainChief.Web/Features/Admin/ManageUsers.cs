using System.Security.Cryptography;
using System.Text.Json;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Audit;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Features.Admin;

/// <summary>
/// Accounts, roles and data scopes. Each operation runs in its own DI scope so Identity's scoped stores never
/// outlive it (Blazor circuits are long). Identity rows are not <see cref="IAudited"/>; audit rows are written here,
/// with the fields that matter and never a password hash.
/// </summary>
public sealed class ManageUsers(IServiceScopeFactory scopes, ReferenceData reference, TimeProvider clock)
{
    public sealed record Row(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, string RegionScope,
        int? DepartmentId, int? EnterpriseId, bool IsLocked, int FailedSignIns);

    public async Task<IReadOnlyList<Row>> ListAsync(string? q, string? role, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            users = users.Where(u => u.UserName!.Contains(q) || u.DisplayName.Contains(q));
        }
        if (!string.IsNullOrWhiteSpace(role))
        {
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }
        var list = await users.OrderBy(u => u.UserName).Take(500).ToListAsync(ct);
        var ids = list.Select(u => u.Id).ToList();
        var roles = (await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name!);
        return [.. list.Select(u => new Row(u.Id, u.UserName!, u.DisplayName, [.. roles[u.Id]], u.RegionScope, u.DepartmentId,
            u.EnterpriseId, u.LockoutEnd > now, u.AccessFailedCount))];
    }

    /// <summary>Creates or updates; on create returns the initial password (generated when none was given).</summary>
    public async Task<(string Id, string? Password)> SaveAsync(string? id, UserInput input, Actor actor, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        await CheckAsync(db, input, ct);
        var user = id is null ? new AppUser() : await users.FindByIdAsync(id) ?? throw new BusinessRuleException("user.missing", "用户不存在");
        var before = Snapshot(user, id is null ? [] : await users.GetRolesAsync(user));
        user.UserName = input.UserName.Trim();
        user.DisplayName = input.DisplayName.Trim();
        user.RegionScope = input.RegionScope;
        user.DepartmentId = input.DepartmentId;
        user.EnterpriseId = input.EnterpriseId;
        string? password = null;
        if (id is null)
        {
            password = string.IsNullOrEmpty(input.Password) ? GeneratePassword() : input.Password;
            Ensure(await users.CreateAsync(user, password));
        }
        else
        {
            Ensure(await users.UpdateAsync(user));
        }
        var current = await users.GetRolesAsync(user);
        Ensure(await users.RemoveFromRolesAsync(user, current.Except(input.Roles)));
        Ensure(await users.AddToRolesAsync(user, input.Roles.Except(current)));
        if (id is not null)
        {
            await users.UpdateSecurityStampAsync(user); // signs the user out elsewhere so new scopes apply
        }
        await WriteAuditAsync(db, actor, id is null ? AuditAction.Created : AuditAction.Updated, user.Id, before, Snapshot(user, input.Roles), ct);
        return (user.Id, password);
    }

    /// <summary>Locks (disables) or unlocks an account; unlocking also clears failed sign-ins.</summary>
    public async Task SetLockedAsync(string id, bool locked, Actor actor, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(id) ?? throw new BusinessRuleException("user.missing", "用户不存在");
        if (locked && user.Id == actor.UserId)
        {
            throw new BusinessRuleException("user.self-lock", "不能停用自己的账号");
        }
        Ensure(await users.SetLockoutEnabledAsync(user, true));
        Ensure(await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null));
        Ensure(await users.ResetAccessFailedCountAsync(user));
        await users.UpdateSecurityStampAsync(user);
        await WriteAuditAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), actor, AuditAction.Updated, id,
            new() { ["Locked"] = !locked }, new() { ["Locked"] = locked }, ct);
    }

    /// <summary>Sets a new generated password and returns it once.</summary>
    public async Task<string> ResetPasswordAsync(string id, Actor actor, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(id) ?? throw new BusinessRuleException("user.missing", "用户不存在");
        var password = GeneratePassword();
        Ensure(await users.RemovePasswordAsync(user));
        Ensure(await users.AddPasswordAsync(user, password));
        await WriteAuditAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), actor, AuditAction.Updated, id,
            [], new() { ["Password"] = "（已重置）" }, ct);
        return password;
    }

    /// <summary>A random password that always meets the policy: upper and lower case from the prefix, and a digit at the end
    /// (16 random base64 characters hold no digit about one time in sixteen).</summary>
    public static string GeneratePassword() =>
        "Cc-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('/', 'x').Replace('+', 'y') + RandomNumberGenerator.GetInt32(10);

    private async Task CheckAsync(AppDbContext db, UserInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Roles.Except(Roles.All).ToList() is { Count: > 0 } unknown)
        {
            errors[nameof(input.Roles)] = [$"未知角色：{string.Join("、", unknown)}"];
        }
        if (input.RegionScope == "" && !input.Roles.Contains(Roles.Admin) && !input.Roles.Contains(Roles.Enterprise))
        {
            errors[nameof(input.RegionScope)] = ["除系统管理员外，请设置数据范围（如市级6109、县级610902）"];
        }
        else if (input.RegionScope != "" && reference.Region(input.RegionScope) is null)
        {
            errors[nameof(input.RegionScope)] = [$"行政区划代码“{input.RegionScope}”不存在"];
        }
        else if (input.Roles.Contains(Roles.County) && input.RegionScope.Length != 6)
        {
            errors[nameof(input.RegionScope)] = ["县区用户的数据范围应为6位县级区划代码"];
        }
        if (input.Roles.Contains(Roles.Enterprise) && (input.EnterpriseId is not int e || !await db.Enterprises.AnyAsync(x => x.Id == e, ct)))
        {
            errors[nameof(input.EnterpriseId)] = ["企业用户须关联一家已建档的企业"];
        }
        if (input.DepartmentId is int d && !await db.Departments.AnyAsync(x => x.Id == d, ct))
        {
            errors[nameof(input.DepartmentId)] = ["所选部门不存在"];
        }
        if (input.Roles.Contains(Roles.Department) && input.DepartmentId is null)
        {
            errors[nameof(input.DepartmentId)] = ["部门用户须选择所属部门"];
        }
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }
    }

    private static Dictionary<string, object?> Snapshot(AppUser u, IEnumerable<string> roles) => new()
    {
        ["UserName"] = u.UserName, ["DisplayName"] = u.DisplayName, ["Roles"] = string.Join(",", roles.Order()),
        ["RegionScope"] = u.RegionScope, ["DepartmentId"] = u.DepartmentId, ["EnterpriseId"] = u.EnterpriseId,
    };

    private async Task WriteAuditAsync(AppDbContext db, Actor actor, AuditAction action, string userId,
        Dictionary<string, object?> before, Dictionary<string, object?> after, CancellationToken ct)
    {
        var changes = after.Keys.Union(before.Keys)
            .Where(k => !Equals(before.GetValueOrDefault(k)?.ToString(), after.GetValueOrDefault(k)?.ToString()))
            .ToDictionary(k => k, k => new[] { before.GetValueOrDefault(k), after.GetValueOrDefault(k) });
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime, UserId = actor.UserId, UserName = actor.UserName, Action = action,
            EntityType = nameof(AppUser), EntityId = userId, SubjectType = "User",
            Changes = JsonSerializer.Serialize(changes, Json),
        });
        await db.SaveChangesAsync(ct);
    }

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new BusinessRuleException("identity", string.Join("；", result.Errors.Select(e => e.Description)));
        }
    }
}
