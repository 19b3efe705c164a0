using ChainChief.Web;
using ChainChief.Web.Components;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Admin;
using ChainChief.Web.Features.Alerts;
using ChainChief.Web.Features.Audit;
using ChainChief.Web.Features.Calendar;
using ChainChief.Web.Features.Chains;
using ChainChief.Web.Features.Cockpit;
using ChainChief.Web.Features.Contracts;
using ChainChief.Web.Features.Cultivation;
using ChainChief.Web.Features.Dispatch;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Incentives;
using ChainChief.Web.Features.Investment;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Features.Appeals;
using ChainChief.Web.Features.Notifications;
using ChainChief.Web.Features.Projects;
using ChainChief.Web.Features.Service;
using ChainChief.Web.Features.Targets;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args.Where(a => !Commands.IsCommand(a)).ToArray());
builder.WebHost.UseStaticWebAssets(); // MudBlazor's assets also when run from build output outside Development

builder.Services.AddPlatform(builder.Configuration);
builder.Services.AddDatabase(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddAuth();
builder.Services.AddReference().AddChains().AddChainWork().AddEnterprises().AddStatistics().AddAlerts().AddCockpit().AddDispatch().AddTargets().AddCalendar().AddAppeals(builder.Configuration).AddNotifications().AddService().AddInvestment().AddProjects().AddContracts().AddIncentives(builder.Configuration).AddCultivation().AddAdmin().AddAudit();

var app = builder.Build();

if (Commands.Find(args) is { } command)
{
    return await Commands.RunAsync(app, command, args);
}

await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
}

app.UsePlatform();
app.MapOpenApi();
app.MapScalarApiReference(o => o.WithTitle("链长通 ChainChief API"));
app.MapHealthChecks("/health");
app.MapAccountApi();
app.MapReferenceApi();
app.MapChainsApi();
app.MapChainWorkApi();
app.MapEnterprisesApi();
app.MapStatisticsApi();
app.MapAlertsApi();
app.MapCockpitApi();
app.MapDispatchApi();
app.MapCalendarApi();
app.MapTargetsApi();
app.MapAppealsApi();
app.MapNotificationsApi();
app.MapServiceApi();
app.MapInvestmentApi();
app.MapProjectsApi();
app.MapContractsApi();
app.MapIncentivesApi();
app.MapCultivationApi();
app.MapAdminApi();
app.MapAuditApi();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
