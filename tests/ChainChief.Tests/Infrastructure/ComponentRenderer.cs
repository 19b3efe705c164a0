using System.Globalization;
using System.Net;
using ChainChief.Web.Components.Charts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor.Services;

namespace ChainChief.Tests.Infrastructure;

/// <summary>Static rendering of a component (HtmlRenderer, no browser) in a culture, with MudBlazor and the maps available.</summary>
public static class ComponentRenderer
{
    private static readonly GeoMaps Maps = new();

    public static async Task<string> RenderAsync<T>(Dictionary<string, object?> parameters, string culture = "zh-CN") where T : IComponent
    {
        // Culture flows with the async context, so this does not leak into tests running alongside.
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
        await using var services = new ServiceCollection().AddLogging().AddLocalization(o => o.ResourcesPath = "Resources")
            .AddMudServices().AddSingleton(Maps).BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<T>(ParameterView.FromDictionary(parameters))).ToHtmlString());
        // The renderer writes non-ASCII text as character references.
        return WebUtility.HtmlDecode(html);
    }
}
