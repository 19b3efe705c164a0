using Microsoft.AspNetCore.Identity;

namespace ChainChief.Web.Infrastructure.Auth;

/// <summary>A platform account. The region scope is a division-code prefix; enterprise users carry their firm.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public string RegionScope { get; set; } = "";
    public int? EnterpriseId { get; set; }
    public int? DepartmentId { get; set; }
}
