using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Incentives;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ChainChief.Web.Features.Incentives.PolicyRule;

namespace ChainChief.Tests.Incentives;

/// <summary>The facts a matching run reads for a region's firms, checked firm by firm against the registry and statistics of the demo city.</summary>
public abstract class FirmFactsLoaderTests(AppFixture fixture) : AppTests(fixture)
{
    [Fact]
    public async Task Last_years_figures_titles_and_chains_match_what_each_firm_reported()
    {
        await using var scope = App.Scope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var year = day.Year - 1;
        var facts = await FirmFactsLoader.LoadAsync(db, "610902", day, Ct);
        var operating = await db.Enterprises.CountAsync(e => e.CountyCode.StartsWith("610902") && e.Status == OperatingStatus.Operating, Ct);
        Assert.Equal(operating, facts.Count);

        var reported = facts.Where(f => f.Number(FactCatalog.Revenue) is not null).ToList();
        Assert.True(reported.Count >= 20, $"{reported.Count} firms with last year's statistics");
        foreach (var firm in reported.Take(25))
        {
            var rows = await db.MonthlyReports.AsNoTracking().Where(r => r.EnterpriseId == firm.EnterpriseId && r.Period / 100 == year).ToListAsync(Ct);
            var before = await db.MonthlyReports.AsNoTracking().Where(r => r.EnterpriseId == firm.EnterpriseId && r.Period / 100 == year - 1).Select(r => r.Revenue).ToListAsync(Ct);
            Assert.Equal(rows.Sum(r => r.Revenue), firm.Number(FactCatalog.Revenue));
            Assert.Equal(rows.Sum(r => r.Tax), firm.Number(FactCatalog.Tax));
            Assert.Equal(rows.Sum(r => r.RnD), firm.Number(FactCatalog.RnD));
            Assert.Equal(rows.Sum(r => r.Revenue) is > 0 and var revenue ? Math.Round(rows.Sum(r => r.RnD) / revenue * 100, 2) : null, firm.Number(FactCatalog.RnDRatio));
            Assert.Equal(before.Sum() is > 0 and var prior ? Math.Round((rows.Sum(r => r.Revenue) - prior) / prior * 100, 2) : null, firm.Number(FactCatalog.RevenueGrowth));
        }
        Assert.Contains(facts, f => f.Number(FactCatalog.Revenue) is null && f.Number(FactCatalog.RnDRatio) is null);

        var tagged = await db.EnterpriseTags.AsNoTracking().Where(t => t.GrantedOn <= day && (t.ExpiresOn == null || t.ExpiresOn >= day)
            && db.Enterprises.Any(e => e.Id == t.EnterpriseId && e.CountyCode == "610902" && e.Status == OperatingStatus.Operating)).FirstAsync(Ct);
        Assert.Contains(tagged.Kind.ToString(), facts.Single(f => f.EnterpriseId == tagged.EnterpriseId).Tags);
        var member = await db.EnterpriseChains.AsNoTracking().Where(c => facts.Select(f => f.EnterpriseId).Contains(c.EnterpriseId)).FirstAsync(Ct);
        Assert.Contains(member.ChainId.ToString(System.Globalization.CultureInfo.InvariantCulture), facts.Single(f => f.EnterpriseId == member.EnterpriseId).Chains);
    }

    [Fact]
    public async Task The_quick_test_agrees_with_the_explained_evaluation_on_every_demo_firm()
    {
        await using var scope = App.Scope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var facts = await FirmFactsLoader.LoadAsync(db, "6109", day, Ct);
        PolicyRule[] rules =
        [
            All(Compare(FactCatalog.RnD, "ge", 100m), Compare(FactCatalog.RnDRatio, "ge", 3m)),
            Any(In(FactCatalog.Tags, nameof(EnterpriseTagKind.Specialized), nameof(EnterpriseTagKind.LittleGiant)), Compare(FactCatalog.Revenue, "gt", 50_000m)),
            All(In(FactCatalog.Region, "610902", "610921"), Not(In(FactCatalog.Scale, nameof(EnterpriseScale.AboveScale))), Compare(FactCatalog.Employees, "ge", 50m)),
            All(In(FactCatalog.Industry, "38", "39"), Compare(FactCatalog.RevenueGrowth, "ge", 5m)),
        ];
        var parameters = new Dictionary<string, PolicyParameter>();
        foreach (var rule in rules)
        {
            var met = 0;
            foreach (var firm in facts)
            {
                var quick = RuleEngine.Test(rule, firm, parameters, day);
                Assert.Equal(RuleEngine.Evaluate(rule, firm, parameters, day).Met, quick);
                met += quick ? 1 : 0;
            }
            Assert.InRange(met, 1, facts.Count - 1); // each rule splits the city: the agreement is not vacuous
        }
    }
}

[Collection("sqlite")]
public sealed class SqliteFirmFactsLoaderTests(SqliteApp app) : FirmFactsLoaderTests(app);

[Collection("postgres")]
public sealed class PostgresFirmFactsLoaderTests(PostgresApp app) : FirmFactsLoaderTests(app);
