using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;

namespace ChainChief.Tests.Platform;

/// <summary>Every link of the menu opens a page of the application (a renamed or forgotten route shows "not found").</summary>
public sealed partial class NavigationTests
{
    private static string WebProject([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "../../../src/ChainChief.Web"));

    [Fact]
    public void Every_menu_link_resolves_to_a_page_route()
    {
        var routes = typeof(ChainChief.Web.SharedResource).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>()).Select(r => r.Template.TrimEnd('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var menu = File.ReadAllText(Path.Combine(WebProject(), "Components/Layout/NavMenu.razor"));
        var links = Href().Matches(menu).Select(m => m.Groups[1].Value).Where(h => !h.StartsWith("/scalar", StringComparison.Ordinal)).ToList();

        Assert.True(links.Count > 20, $"only {links.Count} links found");
        var missing = links.Where(h => !routes.Contains(h.TrimEnd('/')) && !(h == "/" && routes.Contains(""))).ToList();
        Assert.True(missing.Count == 0, "Menu links without a page: " + string.Join(", ", missing));
        Assert.Contains("/policies", links);
        Assert.Contains("/my/policies", links);
    }

    [GeneratedRegex("Href=\"(/[^\"@]*)\"")]
    private static partial Regex Href();
}
