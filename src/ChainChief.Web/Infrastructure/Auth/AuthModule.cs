using ChainChief.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace ChainChief.Web.Infrastructure.Auth;

public static class AuthModule
{
    /// <summary>Picks the bearer scheme when an Authorization header is sent, otherwise the sign-in cookie.</summary>
    public const string CookieOrBearer = "CookieOrBearer";

    /// <summary>Identity with cookie sign-in for people and bearer tokens for enterprise systems; both work on /api.</summary>
    public static IServiceCollection AddAuth(this IServiceCollection services)
    {
        services.AddAuthentication(CookieOrBearer)
            .AddPolicyScheme(CookieOrBearer, "Cookie or bearer", o => o.ForwardDefaultSelector = c =>
                c.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(8))
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/login";
            o.AccessDeniedPath = "/forbidden";
            o.Cookie.Name = "chainchief.auth";
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            // The API answers 401/403 instead of redirecting to the sign-in page.
            o.Events.OnRedirectToLogin = c => ApiOr(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => ApiOr(c, StatusCodes.Status403Forbidden);
        });
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddDefaultTokenProviders();

        services.AddAuthorizationBuilder().SetDefaultPolicy(SignedIn(Roles.All)).AddPolicies();
        services.AddCascadingAuthenticationState();
        return services;
    }

    private static void AddPolicies(this AuthorizationBuilder builder)
    {
        foreach (var (name, roles) in Policies.RolesByPolicy)
        {
            builder.AddPolicy(name, SignedIn(roles));
        }
    }

    private static AuthorizationPolicy SignedIn(IEnumerable<string> roles) =>
        new AuthorizationPolicyBuilder(CookieOrBearer)
            .RequireAuthenticatedUser().RequireRole(roles).Build();

    private static Task ApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> c, int status)
    {
        if (c.Request.Path.StartsWithSegments("/api"))
        {
            c.Response.StatusCode = status;
        }
        else
        {
            c.Response.Redirect(c.RedirectUri);
        }
        return Task.CompletedTask;
    }
}
