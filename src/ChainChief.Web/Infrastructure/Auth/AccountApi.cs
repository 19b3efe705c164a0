using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace ChainChief.Web.Infrastructure.Auth;

/// <summary>Sign-in for the UI (form post → cookie) and for systems (JSON → bearer token).</summary>
public static class AccountApi
{
    public sealed record TokenRequest([Required] string UserName, [Required] string Password);

    public static void MapAccountApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/login", async ([FromForm] string userName, [FromForm] string password, [FromForm] string? returnUrl,
            SignInManager<AppUser> signIn) =>
        {
            signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
            var result = await signIn.PasswordSignInAsync(userName.Trim(), password, isPersistent: false, lockoutOnFailure: true);
            var back = IsLocal(returnUrl) ? returnUrl! : "/";
            if (result.Succeeded)
            {
                return Results.LocalRedirect(back);
            }
            var error = result.IsLockedOut ? "locked" : "invalid";
            return Results.LocalRedirect($"/login?error={error}&returnUrl={Uri.EscapeDataString(back)}");
        }).ExcludeFromDescription();

        app.MapPost("/account/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/login");
        }).ExcludeFromDescription();

        app.MapPost("/api/auth/token", async Task<Results<SignInHttpResult, ProblemHttpResult>> (TokenRequest request,
            SignInManager<AppUser> signIn, UserManager<AppUser> users) =>
        {
            var user = await users.FindByNameAsync(request.UserName.Trim());
            var check = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
            if (!check.Succeeded)
            {
                return TypedResults.Problem(statusCode: 401, title: "登录失败",
                    detail: check.IsLockedOut ? "账号已被锁定，请稍后再试或联系管理员" : "用户名或密码不正确");
            }
            var principal = await signIn.CreateUserPrincipalAsync(user!);
            return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
        }).WithTags("Auth").WithSummary("换取访问令牌（Bearer），供企业系统推送数据")
          .WithDescription("返回 access_token，之后在请求头中携带 Authorization: Bearer {access_token}。连续输错5次将锁定15分钟。");

        app.MapGet("/culture", (string c, string? redirect, HttpContext http) =>
        {
            var culture = c == "en-US" ? "en-US" : "zh-CN";
            http.Response.Cookies.Append(Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName,
                Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.MakeCookieValue(new(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(IsLocal(redirect) ? redirect! : "/");
        }).ExcludeFromDescription();
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
