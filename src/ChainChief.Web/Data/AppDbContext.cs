using ChainChief.Web.Features.Appeals;
using ChainChief.Web.Features.Audit;
using ChainChief.Web.Features.Calendar;
using ChainChief.Web.Features.Chains;
using ChainChief.Web.Features.Contracts;
using ChainChief.Web.Features.Cultivation;
using ChainChief.Web.Features.Admin;
using ChainChief.Web.Features.Alerts;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Features.Incentives;
using ChainChief.Web.Features.Investment;
using ChainChief.Web.Features.Notifications;
using ChainChief.Web.Features.Projects;
using ChainChief.Web.Features.Service;
using ChainChief.Web.Features.Reference;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Features.Targets;
using ChainChief.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ChainChief.Web.Data;

/// <summary>
/// The one model. Provider-specific subclasses (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>)
/// exist only so each provider keeps its own migration set. Saving stamps, versions and audits audited entities.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Industry> Industries => Set<Industry>();
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<EnterpriseTag> EnterpriseTags => Set<EnterpriseTag>();
    public DbSet<EnterpriseScaleChange> EnterpriseScaleChanges => Set<EnterpriseScaleChange>();
    public DbSet<EnterpriseStatusChange> EnterpriseStatusChanges => Set<EnterpriseStatusChange>();
    public DbSet<Chain> Chains => Set<Chain>();
    public DbSet<EnterpriseChain> EnterpriseChains => Set<EnterpriseChain>();
    public DbSet<ChainMember> ChainMembers => Set<ChainMember>();
    public DbSet<ChainDepartment> ChainDepartments => Set<ChainDepartment>();
    public DbSet<ChainParty> ChainParties => Set<ChainParty>();
    public DbSet<ChainNode> ChainNodes => Set<ChainNode>();
    public DbSet<ChainEdge> ChainEdges => Set<ChainEdge>();
    public DbSet<NodeFirm> NodeFirms => Set<NodeFirm>();
    public DbSet<ChainPlan> ChainPlans => Set<ChainPlan>();
    public DbSet<ChainTask> ChainTasks => Set<ChainTask>();
    public DbSet<ChainTaskNote> ChainTaskNotes => Set<ChainTaskNote>();
    public DbSet<ChainMeeting> ChainMeetings => Set<ChainMeeting>();
    public DbSet<MeetingDecision> MeetingDecisions => Set<MeetingDecision>();
    public DbSet<MonthlyReport> MonthlyReports => Set<MonthlyReport>();
    public DbSet<ReportRevision> ReportRevisions => Set<ReportRevision>();
    public DbSet<ReportBatch> ReportBatches => Set<ReportBatch>();
    public DbSet<StatPeriod> StatPeriods => Set<StatPeriod>();
    public DbSet<StatPeriodEvent> StatPeriodEvents => Set<StatPeriodEvent>();
    public DbSet<AlertRule> AlertRules => Set<AlertRule>();
    public DbSet<Alert> Alerts => Set<Alert>();
    public DbSet<AlertNote> AlertNotes => Set<AlertNote>();
    public DbSet<SupportTicket> SupportTickets => Set<SupportTicket>();
    public DbSet<Target> Targets => Set<Target>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<Appeal> Appeals => Set<Appeal>();
    public DbSet<AppealEvent> AppealEvents => Set<AppealEvent>();
    public DbSet<AppealAttachment> AppealAttachments => Set<AppealAttachment>();
    public DbSet<AppealEscalation> AppealEscalations => Set<AppealEscalation>();
    public DbSet<AppealSettings> AppealSettings => Set<AppealSettings>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationRule> NotificationRules => Set<NotificationRule>();
    public DbSet<LiaisonAssignment> LiaisonAssignments => Set<LiaisonAssignment>();
    public DbSet<Visit> Visits => Set<Visit>();
    public DbSet<VisitProblem> VisitProblems => Set<VisitProblem>();
    public DbSet<TargetFirm> TargetFirms => Set<TargetFirm>();
    public DbSet<TargetFirmNode> TargetFirmNodes => Set<TargetFirmNode>();
    public DbSet<Lead> Leads => Set<Lead>();
    public DbSet<LeadEvent> LeadEvents => Set<LeadEvent>();
    public DbSet<InvestmentSettings> InvestmentSettings => Set<InvestmentSettings>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<ProjectStageChange> ProjectStageChanges => Set<ProjectStageChange>();
    public DbSet<ProjectFunding> ProjectFunding => Set<ProjectFunding>();
    public DbSet<ProjectViewer> ProjectViewers => Set<ProjectViewer>();
    public DbSet<LandContract> LandContracts => Set<LandContract>();
    public DbSet<ContractCheck> ContractChecks => Set<ContractCheck>();
    public DbSet<BreachCase> BreachCases => Set<BreachCase>();
    public DbSet<BreachEvent> BreachEvents => Set<BreachEvent>();
    public DbSet<Policy> Policies => Set<Policy>();
    public DbSet<PolicyRevision> PolicyRevisions => Set<PolicyRevision>();
    public DbSet<MatchRun> MatchRuns => Set<MatchRun>();
    public DbSet<PolicyMatch> PolicyMatches => Set<PolicyMatch>();
    public DbSet<AwardBatch> AwardBatches => Set<AwardBatch>();
    public DbSet<Award> Awards => Set<Award>();
    public DbSet<PolicyApplication> PolicyApplications => Set<PolicyApplication>();
    public DbSet<GrowthProfile> GrowthProfiles => Set<GrowthProfile>();
    public DbSet<LadderGoal> LadderGoals => Set<LadderGoal>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Set by <see cref="AppDbContextFactory"/>; tests use a fake clock.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Who the writes of this unit of work are for. Required before saving audited changes.</summary>
    public Actor? Actor { get; private set; }

    public AppDbContext ActingAs(Actor actor)
    {
        Actor = actor;
        return this;
    }

    /// <summary>For generated data only (the demo city): nobody edited it, so there is nothing to audit.</summary>
    public AppDbContext WithoutAudit()
    {
        auditDisabled = true;
        return this;
    }

    private bool auditDisabled;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        ChangeTracker.DetectChanges();
        var now = Clock.GetUtcNow().UtcDateTime;
        StampAndVersion(now);
        var audit = auditDisabled ? null : AuditRecorder.Capture(ChangeTracker);
        if (audit is null || audit.IsEmpty)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        }
        var actor = Actor ?? throw new InvalidOperationException("Audited changes need ActingAs(actor) before saving.");
        // The audit rows need the generated keys, so they are a second save inside the same transaction.
        await using var tx = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
        var count = await base.SaveChangesAsync(true, ct);
        AuditEntries.AddRange(audit.ToEntries(actor, now));
        await base.SaveChangesAsync(true, ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }
        return count;
    }

    private void StampAndVersion(DateTime now)
    {
        var who = Actor?.UserName ?? "system";
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is IStamped s && entry.State is EntityState.Added or EntityState.Modified)
            {
                if (entry.State == EntityState.Added)
                {
                    s.CreatedAt = now;
                    s.CreatedBy = who;
                }
                s.UpdatedAt = now;
                s.UpdatedBy = who;
            }
            if (entry.Entity is IVersioned && entry.State == EntityState.Modified)
            {
                var version = entry.Property(nameof(IVersioned.Version));
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }
        }
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // SQLite has no decimal type: EF stores TEXT and cannot sort or sum it in SQL. REAL keeps 15 significant
        // digits, plenty for 万元 figures; PostgreSQL keeps exact numeric. See docs/decisions/002-two-providers.md.
        builder.Properties<decimal>().HaveConversion<double>();
        builder.Properties<decimal?>().HaveConversion<double?>();
    }
}

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
