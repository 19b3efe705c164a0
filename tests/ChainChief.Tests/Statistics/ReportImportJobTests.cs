using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Errors;
using ChainChief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ChainChief.Tests.Statistics.StatisticsTestData;

namespace ChainChief.Tests.Statistics;

/// <summary>The upload page's background jobs on a real database, and the report list's chain filter.</summary>
public abstract class ReportImportJobTests(AppFixture fixture) : AppTests(fixture)
{
    private static readonly Actor Office = new("job-office", "链长办", new HashSet<string> { Roles.ChainOffice }, "6109", null, null);

    private static async Task<Job<ImportReports.Result>> FinishedAsync(Job<ImportReports.Result> job)
    {
        for (var i = 0; i < 3_000 && job.State == JobState.Running; i++)
        {
            await Task.Delay(10, Ct);
        }
        Assert.True(job.State == JobState.Completed, $"{job.State}: {job.Error}");
        return job;
    }

    private async Task<int> ReportsAsync(int firm)
    {
        await using var scope = App.Scope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        return await db.MonthlyReports.CountAsync(r => r.EnterpriseId == firm, Ct);
    }

    [Fact]
    public async Task An_upload_job_waits_with_its_file_for_confirmation_and_the_confirmation_imports_it_once()
    {
        using var client = await App.ClientAsAsync("office");
        var input = TestData.NewFirm();
        var firm = await client.CreateFirmAsync(input);
        var jobs = App.Services.GetRequiredService<ReportImportJobs>();
        var file = await WorkbookAsync(Row(input.CreditCode, P(1), 100), Row(input.CreditCode, P(2), 1_600)); // 当月 1,500 against 100

        var first = await FinishedAsync(jobs.Start(file, "月报.xlsx", confirm: false, Office));

        Assert.True(first.Result is { NeedsConfirmation: true, Written: false, TotalRows: 2 });
        Assert.Contains(first.Result.Warnings, w => w.Row == 3 && w.Field == ReportSheet.Output && w.Reason.Contains("15倍"));
        Assert.True(ReportImportJobs.AwaitsConfirmation(first));
        Assert.Equal(0, await ReportsAsync(firm));
        Assert.Equal(nameof(ReportStage.Validating), first.Progress.Stage);

        var confirmed = await FinishedAsync(jobs.Confirm(first.Id, Office));

        Assert.True(confirmed.Result is { Written: true, Created: 2 });
        Assert.Equal((nameof(ReportStage.Writing), 2, 2), (confirmed.Progress.Stage, confirmed.Progress.Done, confirmed.Progress.Total));
        Assert.Equal(2, await ReportsAsync(firm));
        Assert.False(ReportImportJobs.AwaitsConfirmation(first));
        Assert.Equal([confirmed.Id, first.Id], jobs.Recent(Office).Take(2).Select(j => j.Id));
        Assert.Throws<BusinessRuleException>(() => jobs.Confirm(first.Id, Office));
    }

    [Fact]
    public async Task Another_user_cannot_see_or_confirm_a_job_and_a_reader_cannot_start_one()
    {
        var jobs = App.Services.GetRequiredService<ReportImportJobs>();
        var job = await FinishedAsync(jobs.Start(await WorkbookAsync(Row("91610902MA000000XX", P(1), 100)), "月报.xlsx", false, Office));
        var county = Office with { UserId = "job-county", Roles = new HashSet<string> { Roles.County }, RegionScope = "610902" };
        var chief = Office with { UserId = "job-chief", Roles = new HashSet<string> { Roles.ChainChief } };

        Assert.True(job.Result is { Written: false, NeedsConfirmation: false });
        Assert.Null(jobs.Find(job.Id, county));
        Assert.Empty(jobs.Recent(county));
        Assert.Throws<BusinessRuleException>(() => jobs.Confirm(job.Id, county));
        Assert.Throws<AccessDeniedException>(() => jobs.Start([1, 2], "x.csv", false, chief));
    }

    [Fact]
    public async Task Report_list_by_chain_shows_exactly_the_reports_of_the_chains_firms()
    {
        await using var scope = App.Scope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var period = ChainChief.Tests.Cockpit.CockpitTestData.Last; // the demo's last month: other tests add later months for a few firms
        var chain = await db.EnterpriseChains.GroupBy(c => c.ChainId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync(Ct);
        var expected = await db.MonthlyReports.Where(r => r.Period == period && db.EnterpriseChains.Any(c => c.ChainId == chain && c.EnterpriseId == r.EnterpriseId))
            .Select(r => r.Id).OrderBy(id => id).ToListAsync(Ct);
        var list = scope.ServiceProvider.GetRequiredService<ListReports>();

        var page = await list.HandleAsync(new() { Period = period, ChainId = chain, PageSize = 10_000 }, Actor.System, Ct);

        Assert.NotEmpty(expected);
        Assert.True(expected.Count < await db.MonthlyReports.CountAsync(r => r.Period == period, Ct), "the filter narrows the list");
        Assert.Equal(expected, page.Items.Select(r => r.Id).Order());
    }
}

[Collection("statistics-sqlite")]
public sealed class SqliteReportImportJobTests(SqliteApp app) : ReportImportJobTests(app);

[Collection("statistics-postgres")]
public sealed class PostgresReportImportJobTests(PostgresApp app) : ReportImportJobTests(app);
