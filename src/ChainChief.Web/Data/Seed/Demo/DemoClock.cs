using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Data.Seed.Demo;

/// <summary>
/// The clock the demo's history is written on: the real use cases run against it, set to each step's moment in the past,
/// so the demo's deadlines, history and notifications are exactly what the platform would have produced.
/// </summary>
public sealed class DemoClock(DateTime utcNow) : TimeProvider
{
    /// <summary>The real moment the demo is generated; nothing is written after it.</summary>
    public DateTime RealNow { get; } = utcNow;

    public DateTime Utc { get; private set; } = utcNow;

    public override DateTimeOffset GetUtcNow() => new(Utc, TimeSpan.Zero);

    /// <summary>Sets the clock to a Beijing wall-clock moment (never past the real now).</summary>
    public DateTime At(DateOnly day, int hour, int minute = 0)
    {
        var utc = day.ToDateTime(new TimeOnly(hour, minute)).FromChinaTime();
        Utc = utc < RealNow ? utc : RealNow;
        return Utc;
    }

    /// <summary>Sets the clock a number of minutes from the real now (negative: before it).</summary>
    public DateTime Minutes(int minutes) => Utc = RealNow.AddMinutes(Math.Min(0, minutes));

    /// <summary>Moves the clock to just after <paramref name="last"/> if it stands at or before it (steps of one story stay in order).</summary>
    public DateTime After(DateTime last)
    {
        if (Utc <= last)
        {
            Utc = last.AddMinutes(7) < RealNow ? last.AddMinutes(7) : RealNow;
        }
        return Utc;
    }

    public void Reset() => Utc = RealNow;
}

/// <summary>The people who act in the demo's history: the demo accounts, and a clerk for each department and firm without one.</summary>
public sealed class DemoActors
{
    private readonly Dictionary<int, Actor> departments = [];
    private readonly Dictionary<int, Actor> firms = [];

    public required Actor Office { get; init; }
    public required Actor County { get; init; }
    public required Actor Firm { get; init; }
    public required IReadOnlyDictionary<string, int> DepartmentIds { get; init; }

    public static async Task<DemoActors> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var users = await db.Users.Where(u => u.UserName == "office" || u.UserName == "county" || u.UserName == "firm" || u.UserName == "dept")
            .ToDictionaryAsync(u => u.UserName!, ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        Actor Of(AppUser u) => new(u.Id, u.DisplayName, roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToHashSet(), u.RegionScope, u.EnterpriseId, u.DepartmentId);
        var actors = new DemoActors
        {
            Office = Of(users["office"]), County = Of(users["county"]), Firm = Of(users["firm"]),
            DepartmentIds = await db.Departments.ToDictionaryAsync(d => d.Name, d => d.Id, ct),
        };
        actors.departments[users["dept"].DepartmentId!.Value] = Of(users["dept"]);
        actors.departments[users["county"].DepartmentId!.Value] = actors.County;
        return actors;
    }

    public Actor Department(int id, string name) => departments.TryGetValue(id, out var a) ? a
        : departments[id] = new Actor($"demo-dept-{id}", $"{name.Replace("安康市", "")} 经办人", new HashSet<string> { Roles.Department }, "6109", null, id);

    public Actor FirmOf(int enterpriseId) => enterpriseId == Firm.EnterpriseId ? Firm : firms.TryGetValue(enterpriseId, out var a) ? a
        : firms[enterpriseId] = new Actor($"demo-firm-{enterpriseId}", "企业联系人", new HashSet<string> { Roles.Enterprise }, "", enterpriseId, null);
}
