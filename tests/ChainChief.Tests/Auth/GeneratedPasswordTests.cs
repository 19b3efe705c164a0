using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Features.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ChainChief.Tests.Auth;

/// <summary>Generated passwords (first admin, new users, resets) always pass the configured Identity password policy.</summary>
public abstract class GeneratedPasswordTests(AppFixture fixture) : AppTests(fixture)
{
    [Fact]
    public async Task Every_generated_password_passes_the_password_policy()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = "policy-check" };
        // Without a guaranteed digit about 6% of passwords fail: 1,000 tries miss that with probability below 1e-26.
        for (var i = 0; i < 1000; i++)
        {
            var password = ManageUsers.GeneratePassword();
            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, user, password);
                Assert.True(result.Succeeded, $"{password}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }
        }
    }
}

[Collection("sqlite")]
public sealed class SqliteGeneratedPasswordTests(SqliteApp app) : GeneratedPasswordTests(app);
