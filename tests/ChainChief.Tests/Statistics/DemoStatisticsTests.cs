using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Data;
using ChainChief.Web.Data.Seed.Demo;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Features.Targets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChainChief.Tests.Statistics;

/// <summary>The generator's figures behave like a statistics bureau's table (pure, no database).</summary>
public sealed class DemoStatisticsGeneratorTests
{
    private static readonly DemoStatisticsGenerator.Firm[] Firms =
        [.. Enumerable.Range(1, 400).Select(i => new DemoStatisticsGenerator.Firm(i, new DateOnly(2015, 1, 1), OperatingStatus.Operating, null, 100, i % 50 == 0))];

    private static List<MonthlyReport> Generate(params DemoStatisticsGenerator.Firm[] firms) =>
        [.. new DemoStatisticsGenerator(7).Reports(firms.Length > 0 ? firms : Firms, 202311, 202610)];

    [Fact]
    public void Reports_year_to_date_adds_up_the_months_of_each_year()
    {
        foreach (var firm in Generate().GroupBy(r => (r.EnterpriseId, Periods.Year(r.Period))))
        {
            var months = firm.OrderBy(r => r.Period).ToList();
            for (var i = 1; i < months.Count; i++)
            {
                Assert.InRange(months[i].OutputYtd - months[i - 1].OutputYtd - months[i].Output, -0.11m, 0.11m);
                Assert.InRange(months[i].TaxYtd - months[i - 1].TaxYtd - months[i].Tax, -0.11m, 0.11m);
            }
            if (months[0].Period % 100 == 1)
            {
                Assert.Equal(months[0].Output, months[0].OutputYtd);
            }
        }
    }

    [Fact]
    public void Reports_dip_in_the_spring_festival_month_and_grow_year_on_year()
    {
        var reports = Generate();
        decimal City(int period) => reports.Where(r => r.Period == period).Sum(r => r.Output);
        Assert.True(City(202602) < City(202601) * 0.9m, "2026 festival in February");
        Assert.True(City(202501) < City(202502) * 0.9m, "2025 festival in January");
        Assert.True(City(202512) > City(202412), "the city grows");
        Assert.Equal(36, reports.Select(r => r.Period).Distinct().Count());
    }

    [Fact]
    public void Reports_include_declining_firms_and_the_one_that_stops()
    {
        var stopper = new DemoStatisticsGenerator.Firm(9999, new DateOnly(2015, 1, 1), OperatingStatus.Operating, null, 80, false, StopsInLastMonth: true);
        var reports = Generate([.. Firms, stopper]);
        var last = reports.Where(r => r.Period == 202610).ToDictionary(r => r.EnterpriseId);
        var yearAgo = reports.Where(r => r.Period == 202510).ToDictionary(r => r.EnterpriseId);
        var falling = last.Values.Count(r => r.Output <= yearAgo[r.EnterpriseId].Output * 0.6m);
        Assert.InRange(falling, 4, 40);
        Assert.Equal(0, last[9999].Output);
        Assert.True(reports.Single(r => r.EnterpriseId == 9999 && r.Period == 202609).Output > 0);
    }

    [Fact]
    public void Reports_stop_after_a_firm_moves_away_and_are_zero_while_suspended()
    {
        var moved = new DemoStatisticsGenerator.Firm(1, new DateOnly(2015, 1, 1), OperatingStatus.MovedOut, new DateOnly(2025, 6, 15), 50, false);
        var suspended = new DemoStatisticsGenerator.Firm(2, new DateOnly(2015, 1, 1), OperatingStatus.Suspended, new DateOnly(2026, 3, 1), 50, false);
        var reports = Generate(moved, suspended);
        Assert.Equal(202506, reports.Where(r => r.EnterpriseId == 1).Max(r => r.Period));
        Assert.All(reports.Where(r => r.EnterpriseId == 2 && r.Period >= 202603), r => Assert.Equal(0, r.Output));
        Assert.True(reports.Single(r => r.EnterpriseId == 2 && r.Period == 202602).Output > 0);
    }
}

/// <summary>The seeded demo city carries 36 months of statistics, closed months and this year's targets.</summary>
public abstract class DemoStatisticsTests(AppFixture fixture) : AppTests(fixture)
{
    [Fact]
    public async Task Demo_city_has_36_months_of_reports_for_above_scale_firms_closed_but_the_last()
    {
        await using var scope = App.Scope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var periods = await db.MonthlyReports.Select(r => r.Period).Distinct().OrderBy(p => p).ToListAsync(Ct);
        Assert.Equal(DemoStatisticsSeeder.Months, periods.Count);
        var last = periods[^1];
        var reporting = await db.MonthlyReports.Where(r => r.Period == last).CountAsync(Ct);
        var above = await db.Enterprises.CountAsync(e => e.Scale == EnterpriseScale.AboveScale && e.Status == OperatingStatus.Operating, Ct);
        Assert.InRange(reporting, above * 9 / 10, above * 11 / 10);
        var closed = await db.StatPeriods.Where(p => p.IsClosed).Select(p => p.Id).ToListAsync(Ct);
        Assert.Equal(periods[..^1], closed.Order());
        Assert.True(await db.Targets.CountAsync(t => t.Scope == TargetScope.County, Ct) >= 10);
    }
}

[Collection("sqlite")]
public sealed class SqliteDemoStatisticsTests(SqliteApp app) : DemoStatisticsTests(app);

[Collection("postgres")]
public sealed class PostgresDemoStatisticsTests(PostgresApp app) : DemoStatisticsTests(app);
