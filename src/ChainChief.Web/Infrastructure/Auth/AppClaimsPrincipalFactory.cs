using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ChainChief.Web.Infrastructure.Auth;

/// <summary>Adds the scope claims that <see cref="Actor.From"/> reads.</summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(AppClaims.RegionScope, user.RegionScope));
        if (user.EnterpriseId is int e)
        {
            identity.AddClaim(new Claim(AppClaims.EnterpriseId, e.ToString(CultureInfo.InvariantCulture)));
        }
        if (user.DepartmentId is int d)
        {
            identity.AddClaim(new Claim(AppClaims.DepartmentId, d.ToString(CultureInfo.InvariantCulture)));
        }
        return identity;
    }
}
