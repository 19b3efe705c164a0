using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Chains;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChainChief.Tests.Cockpit;

/// <summary>
/// Small hand-built statistics for the cockpit tests. Each test uses a prefecture of its own outside the demo city (安康
/// 6109), so its totals are its own, and months inside the demo's 36 so the set of periods stays as the demo made it.
/// </summary>
public static class CockpitTestData
{
    /// <summary>The demo's last month: the latest period with data.</summary>
    public static int Last => Periods.Previous(Periods.Of(DateOnly.FromDateTime(DateTime.UtcNow)));

    public static Actor Official(string region, string role = Roles.ChainOffice) =>
        new("test", "test", new HashSet<string> { role }, region, null, null);

    public static async Task<AppDbContext> DbAsync(this AppFixture app, AsyncServiceScope scope)
    {
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        db.ActingAs(Actor.System);
        return db;
    }

    public static async Task<int> AddChainAsync(this AppDbContext db, string name, string region, int? parentId = null)
    {
        var chain = new Chain { Name = $"{name}{Guid.NewGuid().ToString("N")[..6]}", RegionCode = region, ParentId = parentId };
        db.Chains.Add(chain);
        await db.SaveChangesAsync();
        return chain.Id;
    }

    public static async Task<int> AddNodeAsync(this AppDbContext db, int chainId, string name, int? parentId = null)
    {
        var node = new ChainNode { ChainId = chainId, Name = name, Segment = ChainSegment.Midstream, ParentId = parentId };
        db.ChainNodes.Add(node);
        await db.SaveChangesAsync();
        return node.Id;
    }

    public static async Task<int> AddFirmAsync(this AppDbContext db, string county, string? park, string industry, EnterpriseScale scale,
        int[] chains, int? nodeChain = null, int? node = null)
    {
        var firm = Enterprise.Create(TestData.NewCreditCode(county),
            new EnterpriseProfile($"驾驶舱测试{Guid.NewGuid().ToString("N")[..6]}有限公司", county, park, industry, 10, 50, null, null, null, null),
            scale, OperatingStatus.Operating, new DateOnly(2015, 1, 1), "test");
        firm.SetChains(chains);
        db.Enterprises.Add(firm);
        await db.SaveChangesAsync();
        if (node is { } n)
        {
            db.NodeFirms.Add(new NodeFirm { ChainId = nodeChain!.Value, NodeId = n, EnterpriseId = firm.Id, Role = NodeFirmRole.Supporting });
            await db.SaveChangesAsync();
        }
        return firm.Id;
    }

    /// <summary>A report whose every money figure derives from the output, so one number sets up a firm's month.</summary>
    public static void AddReport(this AppDbContext db, int firm, int period, decimal output, decimal? outputYtd = null, decimal? valueAdded = -1) =>
        db.MonthlyReports.Add(new MonthlyReport
        {
            EnterpriseId = firm, Period = period, InputKind = ReportInputKind.Monthly, Source = ReportSource.Api,
            Output = output, OutputYtd = outputYtd ?? output * 10,
            Revenue = output * 0.9m, RevenueYtd = (outputYtd ?? output * 10) * 0.9m,
            Profit = output * 0.1m, ProfitYtd = (outputYtd ?? output * 10) * 0.1m,
            Tax = output * 0.05m, TaxYtd = (outputYtd ?? output * 10) * 0.05m,
            ElectricityKwh10k = output * 0.02m, ElectricityKwh10kYtd = (outputYtd ?? output * 10) * 0.02m,
            RnD = output * 0.03m, RnDYtd = (outputYtd ?? output * 10) * 0.03m,
            ValueAdded = valueAdded == -1 ? output * 0.3m : valueAdded, ValueAddedYtd = valueAdded == -1 ? (outputYtd ?? output * 10) * 0.3m : valueAdded,
            Employees = (int)output,
        });

    /// <summary>What a writer of reports does after committing them, as far as the cockpit hears it: the statistics version moves.</summary>
    public static Task ReportsWrittenAsync(this AppFixture app, params int[] periods) =>
        app.Services.GetRequiredService<StatisticsVersion>().OnReportsWrittenAsync(periods, CancellationToken.None);
}
