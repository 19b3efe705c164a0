using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace ChainChief.Web.Components.Shared;

/// <summary>Pages call use-case handlers directly; this gives them the signed-in actor and turns refusals into messages.</summary>
public abstract class AppComponentBase : ComponentBase
{
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [Inject] protected ISnackbar Snackbar { get; set; } = default!;

    [Inject] protected NavigationManager Nav { get; set; } = default!;

    [Inject] private IAuthorizationService Authorization { get; set; } = default!;

    protected async Task<Actor> GetActorAsync() => Actor.From((await AuthState).User);

    /// <summary>Whether the signed-in user passes a policy (to show or hide actions; the handlers and endpoints check again).</summary>
    protected async Task<bool> IsAllowedAsync(string policy) => (await Authorization.AuthorizeAsync((await AuthState).User, policy)).Succeeded;

    /// <summary>Runs an action; a refused rule, a stale version or bad input shows its Chinese message and returns false.</summary>
    protected async Task<bool> TryAsync(Func<Task> action)
    {
        try
        {
            await action();
            return true;
        }
        catch (Exception e) when (RefusalMessage(e) is { } message)
        {
            Snackbar.Add(message, Severity.Error);
            return false;
        }
    }

    /// <summary>The message to show for an exception a use case raises on purpose; null for real faults.</summary>
    public static string? RefusalMessage(Exception e) => e switch
    {
        BusinessRuleException or InputException or AccessDeniedException => e.Message,
        DbUpdateConcurrencyException => new ConcurrencyConflictException().Message,
        _ => null,
    };
}
