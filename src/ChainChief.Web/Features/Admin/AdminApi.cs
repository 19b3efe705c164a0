using System.Security.Claims;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainChief.Web.Features.Admin;

public static class AdminApi
{
    public sealed record RoleRow(string Name, string Label);
    public sealed record Created(string Id, string? Password);
    public sealed record NewPassword(string Password);

    public static IServiceCollection AddAdmin(this IServiceCollection services) =>
        services.AddScoped<ManageUsers>().AddScoped<ManageDepartments>();

    public static void MapAdminApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/admin").WithTags("Admin").RequireAuthorization(Policies.Administer);

        api.MapGet("/roles", () => Roles.All.Select(r => new RoleRow(r, Roles.Label(r)))).WithSummary("角色");

        api.MapGet("/users", (ManageUsers h, string? q, string? role, CancellationToken ct) => h.ListAsync(q, role, ct)).WithSummary("用户列表");
        api.MapPost("/users", async (UserInput input, ManageUsers h, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var (id, password) = await h.SaveAsync(null, input, Actor.From(user), ct);
            return TypedResults.Created($"/api/admin/users/{id}", new Created(id, password));
        }).WithSummary("新建用户（未给密码时生成初始密码，仅返回一次）");
        api.MapPut("/users/{id}", async (string id, UserInput input, ManageUsers h, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await h.SaveAsync(id, input, Actor.From(user), ct);
            return TypedResults.NoContent();
        }).WithSummary("修改用户的姓名、角色、数据范围、部门、企业");
        api.MapPost("/users/{id}/lock", async (string id, ManageUsers h, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await h.SetLockedAsync(id, true, Actor.From(user), ct);
            return TypedResults.NoContent();
        }).WithSummary("停用账号");
        api.MapPost("/users/{id}/unlock", async (string id, ManageUsers h, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await h.SetLockedAsync(id, false, Actor.From(user), ct);
            return TypedResults.NoContent();
        }).WithSummary("启用或解锁账号");
        api.MapPost("/users/{id}/reset-password", async (string id, ManageUsers h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(new NewPassword(await h.ResetPasswordAsync(id, Actor.From(user), ct)))).WithSummary("重置密码（仅返回一次）");

        api.MapGet("/departments", (ManageDepartments h, CancellationToken ct) => h.ListAsync(ct)).WithSummary("部门列表");
        api.MapPost("/departments", async (DepartmentInput input, ManageDepartments h, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Created($"/api/admin/departments/{await h.SaveAsync(null, input, Actor.From(user), ct)}")).WithSummary("新建部门");
        api.MapPut("/departments/{id:int}", async (int id, DepartmentInput input, ManageDepartments h, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await h.SaveAsync(id, input, Actor.From(user), ct);
            return TypedResults.NoContent();
        }).WithSummary("修改部门");
        api.MapDelete("/departments/{id:int}", async Task<Results<NoContent, NotFound>> (int id, ManageDepartments h, ClaimsPrincipal user, CancellationToken ct) =>
            await h.DeleteAsync(id, Actor.From(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound()).WithSummary("删除部门");
    }
}
