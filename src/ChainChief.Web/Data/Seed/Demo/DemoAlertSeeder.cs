using ChainChief.Web.Features.Alerts;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Data.Seed.Demo;

/// <summary>
/// Gives the demo alerts some history, deterministically (alerts in id order, one of each kind first): a few assigned to
/// the 链长办 account with a note, a few resolved with reasons, one turned into a support ticket. The rest stay new.
/// </summary>
public static class DemoAlertSeeder
{
    private static readonly string[] Reasons = ["企业设备检修，已恢复正常生产", "订单季节性回落，经走访核实经营正常", "已协调电力部门恢复供电"];

    public static async Task SeedAsync(IDbContextFactory<AppDbContext> dbs, DateTime now, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ActingAs(Actor.System).WithoutAudit();
        var office = await db.Users.Where(u => u.UserName == "office").Select(u => new { u.Id, u.DisplayName }).SingleAsync(ct);
        var alerts = await db.Alerts.Where(a => a.State == AlertState.New).OrderByDescending(a => a.Period).ThenBy(a => a.Id).ToListAsync(ct);
        // One of each kind leads, so every kind shows a handled example; then every seventh alert.
        var picked = alerts.GroupBy(a => a.Kind).Select(g => g.First())
            .Concat(alerts.Where((_, i) => i % 7 == 3)).Distinct().Take(8).ToList();
        var ticketFor = picked.FirstOrDefault(a => a.Kind == AlertKind.OutputStopped) ?? picked.FirstOrDefault();
        for (var i = 0; i < picked.Count; i++)
        {
            var alert = picked[i];
            (alert.State, alert.AssigneeId, alert.AssigneeName, alert.AssignedAt) = (AlertState.Assigned, office.Id, office.DisplayName, now);
            Note(db, alert, $"指派给{office.DisplayName}：请核实企业生产经营情况", now);
            if (i % 3 == 2)
            {
                var reason = Reasons[i / 3 % Reasons.Length];
                (alert.State, alert.ResolvedAt, alert.ResolvedReason) = (AlertState.Resolved, now, reason);
                Note(db, alert, $"已处置：{reason}", now);
            }
        }
        await db.SaveChangesAsync(ct);
        if (ticketFor is not null)
        {
            var firm = await db.Enterprises.Where(e => e.Id == ticketFor.EnterpriseId).Select(e => e.Name).SingleAsync(ct);
            var ticket = new SupportTicket
            {
                EnterpriseId = ticketFor.EnterpriseId, AlertId = ticketFor.Id, State = TicketState.Open,
                Title = $"{firm}：{ticketFor.Message}", Description = "企业反映原料供应中断，请求协调帮扶",
            };
            db.SupportTickets.Add(ticket);
            await db.SaveChangesAsync(ct);
            ticketFor.TicketId = ticket.Id;
            Note(db, ticketFor, $"已开帮扶工单（{ticket.Id}号）", now);
            await db.SaveChangesAsync(ct);
        }
    }

    private static void Note(AppDbContext db, Alert alert, string text, DateTime at) =>
        db.Set<AlertNote>().Add(new AlertNote { AlertId = alert.Id, Text = text, At = at, By = "链长办 王主任" });
}
