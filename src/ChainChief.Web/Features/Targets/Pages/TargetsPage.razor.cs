using ChainChief.Web.Components.Charts;
using ChainChief.Web.Features.Chains;
using ChainChief.Web.Features.Cockpit;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ChainChief.Web.Features.Targets.Pages;

/// <summary>
/// Every target in the actor's region with its completion against time progress (目标任务 vs 时间进度). Each row opens the
/// cockpit of its city, county or chain; the switch lists only what is behind; 链长办 create, change and delete targets.
/// </summary>
public sealed partial class TargetsPage
{
    [SupplyParameterFromQuery(Name = "period")] public int? Period { get; set; }
    [SupplyParameterFromQuery(Name = "scope")] public string? ScopeParameter { get; set; }
    [SupplyParameterFromQuery(Name = "behind")] public bool BehindOnly { get; set; }

    [Inject] private TargetProgressReader Reader { get; set; } = default!;
    [Inject] private StatisticsSnapshot Stats { get; set; } = default!;
    [Inject] private ManageTargets Manage { get; set; } = default!;
    [Inject] private ListChains Chains { get; set; } = default!;
    [Inject] private ReferenceData Reference { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    private IReadOnlyList<int> periods = [];
    private IReadOnlyList<ListChains.Option> chains = [];
    private TargetProgressReader.Result? result;
    private bool canManage;

    private TargetScope? Scope => Enum.TryParse<TargetScope>(ScopeParameter, out var s) ? s : null;

    private TargetProgressReader.Filter Filter => new() { Period = Period, Scope = Scope, BehindOnly = BehindOnly };

    private string ExportUrl => $"/api/targets/export?period={result?.Period}&behindOnly={BehindOnly.ToString().ToLowerInvariant()}"
        + (Scope is { } s ? $"&scope={s}" : "");

    protected override async Task OnInitializedAsync()
    {
        var actor = await GetActorAsync();
        periods = await Stats.PeriodsAsync(CancellationToken.None);
        chains = await Chains.NamesAsync(actor, CancellationToken.None);
        canManage = await IsAllowedAsync(Policies.ManageTargets);
    }

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync() => result = await Reader.ListAsync(Filter, await GetActorAsync(), CancellationToken.None);

    private void Go(int? period = null, string? scope = null, bool? behind = null)
    {
        var changes = new Dictionary<string, object?>();
        if (period is { } p) { changes["period"] = p; }
        if (scope is not null) { changes["scope"] = scope.Length == 0 ? null : scope; }
        if (behind is { } b) { changes["behind"] = b ? "true" : null; }
        Nav.NavigateTo(Nav.GetUriWithQueryParameters(changes), replace: true);
    }

    private string ScopeName(TargetProgressReader.Row t) => t.Scope == TargetScope.Chain
        ? chains.FirstOrDefault(c => c.Id == t.ChainId)?.Name ?? $"#{t.ChainId}"
        : Reference.RegionName(t.RegionCode);

    private string CockpitUrl(TargetProgressReader.Row t) => (t.Scope switch
    {
        TargetScope.Chain => $"/cockpit/chains/{t.ChainId}",
        TargetScope.County => $"/cockpit/counties/{t.RegionCode}",
        _ => "/cockpit",
    }) + (result?.Period is { } p ? $"?period={p}" : "");

    private string Unit(Metric metric) => TargetLabels.Unit(L, metric);

    private string Requirement(TargetProgressReader.Row t) => t.Kind == TargetKind.Growth
        ? L["Grow {0}% on last year", (t.TargetValue * 100).ToString("0.##")]
        : t.StartYear == t.EndYear
            ? L["Reach {0} in {1}", Number(t.TargetValue), t.EndYear]
            : L["Reach {0} by {1} ({2}–{1})", Number(t.TargetValue), t.EndYear, t.StartYear];

    private static string Number(decimal? value) => value is { } v ? v.ToString("#,0") : "—";

    private string GapText(TargetProgress.Result? p) => p?.Gap is not { } g ? "—"
        : g >= 0 ? L["{0} pp ahead", Points(g)] : L["{0} pp behind", Points(-g)];

    /// <summary>One decimal, two when that would read 0.0 (a gap of 0.02 is still behind).</summary>
    private static string Points(decimal gap) => gap.ToString(gap is > 0 and < 0.05m ? "0.00" : "0.0");

    private static string GapStyle(TargetProgress.Result? p) => p?.Behind == true ? $"color:{ChartPalette.Down};font-weight:600" : $"color:{ChartPalette.Up}";

    private async Task EditAsync(TargetProgressReader.Row? row)
    {
        var actor = await GetActorAsync();
        var regions = new List<Region>();
        if (Reference.Region(actor.RegionScope) is { Level: RegionLevel.City } city)
        {
            regions.Add(city);
        }
        regions.AddRange(Reference.CountiesUnder(actor.RegionScope));
        var parameters = new DialogParameters<TargetDialog>
        {
            { x => x.Row, row }, { x => x.Regions, regions }, { x => x.Chains, chains },
            { x => x.Year, result?.Period is { } p ? Periods.Year(p) : DateTime.Today.Year },
        };
        var dialog = await Dialogs.ShowAsync<TargetDialog>(row is null ? L["New target"] : L["Edit target"], parameters,
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            await LoadAsync();
        }
    }

    private async Task DeleteAsync(TargetProgressReader.Row row)
    {
        if (await Dialogs.ShowMessageBoxAsync(L["Delete target"], L["Delete “{0}”? Its progress will no longer be tracked.", row.Name],
                L["Delete"], cancelText: L["Cancel"]) != true)
        {
            return;
        }
        var actor = await GetActorAsync();
        if (await TryAsync(() => Manage.DeleteAsync(row.Id, actor, CancellationToken.None)))
        {
            Snackbar.Add(L["Target deleted."], Severity.Success);
            await LoadAsync();
        }
    }
}
