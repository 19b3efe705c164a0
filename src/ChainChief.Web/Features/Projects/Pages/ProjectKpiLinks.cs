namespace ChainChief.Web.Features.Projects.Pages;

/// <summary>The project-list address behind each KPI figure, so every number opens the projects it counts.</summary>
public static class ProjectKpiLinks
{
    public static string Signed(GetProjectKpis.Result r, string? scope, string? extra = null) =>
        $"/projects?signedFrom={r.From:yyyy-MM-dd}&signedTo={r.To:yyyy-MM-dd}{scope}{extra}";

    public static string Over(GetProjectKpis.Result r, string? scope, decimal min) => Signed(r, scope, $"&minInvestment={min}");

    public static string Started(GetProjectKpis.Result r, string? scope) => Signed(r, scope, "&reached=Started");

    public static string Operating(GetProjectKpis.Result r, string? scope) => Signed(r, scope, "&reached=Operating");

    /// <summary>The query-string part for a line of the chain or county table.</summary>
    public static string Scope(string dimension, string key) => dimension == "chain" ? $"&chainId={key}" : dimension == "county" ? $"&county={key}" : "";
}
