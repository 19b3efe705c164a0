using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Data;
using ChainChief.Web.Data.Seed.Demo;
using ChainChief.Web.Features.Contracts;
using ChainChief.Web.Features.Investment;
using ChainChief.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChainChief.Tests.Investment;

/// <summary>The demo city's investment desk, written by the real use cases: targets for the map's gaps, leads and projects in every stage.</summary>
public abstract class DemoInvestmentTests(AppFixture fixture) : AppTests(fixture)
{
    [Fact]
    public async Task Demo_targets_fill_gaps_and_leads_and_projects_stand_in_every_stage()
    {
        await using var scope = App.Scope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var demoTargets = await db.TargetFirms.AsNoTracking().Where(t => t.Name.EndsWith("（示例）")).Include(t => t.Nodes).ToListAsync(Ct);
        Assert.True(demoTargets.Count >= 30, $"{demoTargets.Count} targets");
        var tagged = demoTargets.SelectMany(t => t.Nodes.Select(n => n.NodeId)).ToList();
        // Every tagged node is a gap of its map: no local firm on it.
        Assert.False(await db.NodeFirms.AnyAsync(f => tagged.Contains(f.NodeId), Ct));

        var leads = await db.Leads.AsNoTracking().Where(l => l.Title.EndsWith("来安考察落地")).ToListAsync(Ct);
        Assert.Equal(Enum.GetValues<LeadStage>().Order(), leads.Select(l => l.Stage).Distinct().Order());
        var now = DateTime.UtcNow;
        var escalations = await db.LeadEvents.AsNoTracking().Where(e => e.Kind == LeadEventKind.Escalated && e.At <= now).Select(e => e.Note!).ToListAsync(Ct);
        Assert.Contains(escalations, n => n.Contains("已报工作专班"));
        Assert.Contains(escalations, n => n.Contains("已报链长"));

        var projects = await db.Projects.AsNoTracking().Where(p => p.Name.EndsWith("（示例）")).ToListAsync(Ct);
        Assert.Equal(Enum.GetValues<ProjectStage>().Order(), projects.Select(p => p.Stage).Distinct().Order());
        Assert.Contains(projects, p => p.IsConfidential && p.CodeName != null);
        var settings = new InvestmentSettings();
        Assert.Equal(Enum.GetValues<ServiceLevel>().Order(), projects.Select(p => ServiceLevels.Of(p.TotalInvestment, settings)).Distinct().Order());
        Assert.True(await db.ProjectFunding.CountAsync(Ct) >= 100);

        // 标准地: each check passes somewhere and fails somewhere; the passing review read the firm's own statistics.
        var checks = await db.ContractChecks.AsNoTracking().ToListAsync(Ct);
        foreach (var kind in Enum.GetValues<CheckKind>())
        {
            Assert.Contains(checks, c => c.Kind == kind && c.Outcome == CheckOutcome.Breach);
            Assert.Contains(checks, c => c.Kind == kind && c.Outcome != CheckOutcome.Breach);
        }
        Assert.Contains(checks, c => c.Kind == CheckKind.FullProduction && c.Outcome == CheckOutcome.Pass && c.Source == MeasureSource.Statistics);
        Assert.Contains(await db.BreachCases.AsNoTracking().Select(b => b.Status).ToListAsync(Ct), s => s == BreachStatus.Rectifying);

        // One chain signed nothing this year: the flag on the KPI panel has something to show.
        var year = DateOnly.FromDateTime(now.AddHours(8)).Year;
        var names = DemoCityPlan.Chains.Select(c => c.Name).ToList();
        var cityChains = await db.Chains.AsNoTracking().Where(c => names.Contains(c.Name) && c.ParentId == null).Select(c => c.Id).ToListAsync(Ct);
        var signing = projects.Where(p => p.SignedOn?.Year == year).Select(p => p.ChainId).ToHashSet();
        Assert.Single(cityChains, c => !signing.Contains(c));
    }
}

[Collection("sqlite")]
public sealed class SqliteDemoInvestmentTests(SqliteApp app) : DemoInvestmentTests(app);

[Collection("postgres")]
public sealed class PostgresDemoInvestmentTests(PostgresApp app) : DemoInvestmentTests(app);
