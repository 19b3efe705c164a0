using ChainChief.Web.Features.Alerts;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Auth;

namespace ChainChief.Web.Features.Dispatch;

/// <summary>The 月调度 report's firms on alert in the month, most severe first, with who handles each; rows open the alert.</summary>
public sealed class AlertsTable(ListAlerts alerts, ReferenceData reference)
{
    public async Task<(DispatchTable Table, ListAlerts.Result Alerts)> BuildAsync(int period, string title, Actor actor, CancellationToken ct)
    {
        var result = await alerts.HandleAsync(new ListAlerts.Query { Period = period, PageSize = PagedList<ListAlerts.Row>.MaxPageSize }, actor, ct);
        var rows = result.Alerts.Items.Select(a => new DispatchRow([a.FirmName, reference.RegionName(a.CountyCode), AlertLabels.Of(a.Kind),
            AlertLabels.Of(a.Level), a.Message, AlertLabels.Of(a.State), a.AssigneeName], $"/alerts/{a.Id}")).ToList();
        var total = result.Alerts.Total;
        var note = total > rows.Count ? $"共{total}条，按等级列出前{rows.Count}条；全部见预警列表。" : null;
        DispatchColumn[] columns = [new("企业"), new("县区"), new("预警类型"), new("等级"), new("说明"), new("状态"), new("负责人")];
        return (new DispatchTable("alerts", title, columns, rows, note), result);
    }
}
