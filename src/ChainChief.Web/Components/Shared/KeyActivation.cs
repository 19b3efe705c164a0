using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace ChainChief.Web.Components.Shared;

/// <summary>Keyboard use of clickable chart marks (role="button"): Enter or Space activates, like a click.</summary>
public static class KeyActivation
{
    public static Task OnKey<T>(KeyboardEventArgs e, EventCallback<T> callback, T value) =>
        e.Key is "Enter" or " " ? callback.InvokeAsync(value) : Task.CompletedTask;
}
