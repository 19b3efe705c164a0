using System.Security.Claims;

namespace ChainChief.Web.Infrastructure.Auth;

/// <summary>
/// Who is acting: built once from the principal and passed explicitly to every use case, so the data scope of a
/// query is visible where the query is written.
/// </summary>
public sealed record Actor(
    string UserId,
    string UserName,
    IReadOnlySet<string> Roles,
    string RegionScope,
    int? EnterpriseId,
    int? DepartmentId)
{
    /// <summary>Seeding, demo generation and background jobs.</summary>
    public static readonly Actor System =
        new("system", "system", new HashSet<string> { Auth.Roles.Admin }, "", null, null);

    public bool IsIn(string role) => Roles.Contains(role);

    public bool IsAny(params string[] roles) => roles.Any(Roles.Contains);

    /// <summary>An enterprise user acts only for its own firm, whatever else it holds.</summary>
    public bool IsEnterpriseUser => IsIn(Auth.Roles.Enterprise) && !IsAny(Auth.Roles.Admin, Auth.Roles.ChainOffice, Auth.Roles.County);

    /// <summary>Region codes are 6-digit division codes; a scope is a prefix ("" = all, "6109" = a city).</summary>
    public bool CanSeeRegion(string regionCode) => regionCode.StartsWith(RegionScope, StringComparison.Ordinal);

    public static Actor From(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("The principal is not signed in.");
        return new Actor(
            id,
            principal.FindFirstValue(AppClaims.DisplayName) ?? principal.Identity?.Name ?? id,
            principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(),
            principal.FindFirstValue(AppClaims.RegionScope) ?? "",
            int.TryParse(principal.FindFirstValue(AppClaims.EnterpriseId), out var e) ? e : null,
            int.TryParse(principal.FindFirstValue(AppClaims.DepartmentId), out var d) ? d : null);
    }
}
