using ChainChief.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Data.Seed.Demo;

/// <summary>The people who act in the demo's history: the demo accounts, and a clerk for each department and firm without one.</summary>
public sealed class DemoActors
{
    private readonly Dictionary<int, Actor> departments = [];
    private readonly Dictionary<int, Actor> firms = [];

    public required Actor Office { get; init; }
    public required Actor County { get; init; }
    public required Actor Firm { get; init; }
    public required IReadOnlyDictionary<string, int> DepartmentIds { get; init; }

    /// <summary>The demo accounts as they act when signed in (the same claims a sign-in gives them).</summary>
    public static async Task<DemoActors> LoadAsync(AppDbContext db, IUserClaimsPrincipalFactory<AppUser> principals, CancellationToken ct)
    {
        var users = await db.Users.Where(u => u.UserName == "office" || u.UserName == "county" || u.UserName == "firm" || u.UserName == "dept")
            .ToDictionaryAsync(u => u.UserName!, ct);
        async Task<Actor> Of(string userName) => Actor.From(await principals.CreateAsync(users[userName]));
        var actors = new DemoActors
        {
            Office = await Of("office"), County = await Of("county"), Firm = await Of("firm"),
            DepartmentIds = await db.Departments.ToDictionaryAsync(d => d.Name, d => d.Id, ct),
        };
        var dept = await Of("dept");
        actors.departments[dept.DepartmentId!.Value] = dept;
        actors.departments[actors.County.DepartmentId!.Value] = actors.County;
        return actors;
    }

    public Actor Department(int id, string name) => departments.TryGetValue(id, out var a) ? a
        : departments[id] = new Actor($"demo-dept-{id}", $"{name.Replace("安康市", "")} 经办人", new HashSet<string> { Roles.Department }, "6109", null, id);

    public Actor FirmOf(int enterpriseId) => enterpriseId == Firm.EnterpriseId ? Firm : firms.TryGetValue(enterpriseId, out var a) ? a
        : firms[enterpriseId] = new Actor($"demo-firm-{enterpriseId}", "企业联系人", new HashSet<string> { Roles.Enterprise }, "", enterpriseId, null);
}
