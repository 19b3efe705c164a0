namespace ChainChief.Web.Infrastructure.Auth;

/// <summary>Authorization policies by capability; each lists the roles that hold it.</summary>
public static class Policies
{
    /// <summary>Any signed-in user (each query still scopes by region or enterprise).</summary>
    public const string SignedIn = nameof(SignedIn);
    /// <summary>Create enterprises, import, change scale/status/tags: officers who keep the registry.</summary>
    public const string ManageEnterprises = nameof(ManageEnterprises);
    /// <summary>Edit an enterprise's profile: registry officers, and an enterprise user for its own firm.</summary>
    public const string EditEnterprise = nameof(EditEnterprise);
    /// <summary>Delete records entered by mistake.</summary>
    public const string DeleteEnterprise = nameof(DeleteEnterprise);
    /// <summary>Edit chains: organisation, maps, plans, tasks and meetings (departments update only the tasks they own).</summary>
    public const string ManageChains = nameof(ManageChains);
    /// <summary>Upload the monthly statistics table (officers, within their region).</summary>
    public const string ImportReports = nameof(ImportReports);
    /// <summary>Submit monthly reports through the API: officers within their region, enterprise systems for their own firm.</summary>
    public const string SubmitReports = nameof(SubmitReports);
    /// <summary>Fill in one's own firm's monthly report (enterprise accounts).</summary>
    public const string SelfReport = nameof(SelfReport);
    /// <summary>Close and reopen statistics months (关账/重新开放).</summary>
    public const string ManageStatistics = nameof(ManageStatistics);
    /// <summary>The leaders' cockpit (驾驶舱): every official; a county officer sees its county. Not enterprise users.</summary>
    public const string ViewCockpit = nameof(ViewCockpit);
    /// <summary>Set and change targets (目标任务) for the region, its counties and chains.</summary>
    public const string ManageTargets = nameof(ManageTargets);
    /// <summary>Edit the holiday and 调休 calendar that working-day deadlines use.</summary>
    public const string ManageCalendar = nameof(ManageCalendar);
    /// <summary>Read alerts, rules and support tickets: every official (county officers their county). Not enterprise users.</summary>
    public const string ViewAlerts = nameof(ViewAlerts);
    /// <summary>Act on alerts: assign, note, open a ticket, resolve; close tickets.</summary>
    public const string HandleAlerts = nameof(HandleAlerts);
    /// <summary>Edit the alert rules' thresholds, levels and switches.</summary>
    public const string ManageAlertRules = nameof(ManageAlertRules);
    /// <summary>Read appeals (诉求): everyone signed in, each within their own (firm, department, region).</summary>
    public const string ViewAppeals = nameof(ViewAppeals);
    /// <summary>File an appeal: a firm for itself, officials for a firm in their region.</summary>
    public const string FileAppeals = nameof(FileAppeals);
    /// <summary>Department scorecards on appeals: officials (a department sees its own row). Not enterprise users.</summary>
    public const string ViewAppealScorecards = nameof(ViewAppealScorecards);
    /// <summary>Visit logs, visits due and firms' service ledgers: officials (others than the region's see their own firms). Not firms.</summary>
    public const string ViewVisits = nameof(ViewVisits);
    /// <summary>Record a 包联 visit: the region's 链长办 and county officers, or a firm's assigned official (checked per firm).</summary>
    public const string RecordVisits = nameof(RecordVisits);
    /// <summary>Assign 包联 officials to firms.</summary>
    public const string ManageLiaisons = nameof(ManageLiaisons);
    /// <summary>Edit appeal deadlines by class, escalation offsets and who is notified of what.</summary>
    public const string ManageAppealSettings = nameof(ManageAppealSettings);
    /// <summary>Target-firm library, leads, projects, 标准地 contracts and their KPIs: officials (county officers their county). Not firms.</summary>
    public const string ViewInvestment = nameof(ViewInvestment);
    /// <summary>Keep the target library, work leads, run projects, check contracts and handle breach cases (within the region).</summary>
    public const string ManageInvestment = nameof(ManageInvestment);
    /// <summary>Edit lead escalation days and the service-level thresholds.</summary>
    public const string ManageInvestmentSettings = nameof(ManageInvestmentSettings);
    /// <summary>The policy library, matching runs, award batches, applications and the growth ladder: officials (county officers their county). Not firms.</summary>
    public const string ViewPolicies = nameof(ViewPolicies);
    /// <summary>Write and publish policies, run matching, draw up, approve and disburse award batches, decide applications.</summary>
    public const string ManagePolicies = nameof(ManagePolicies);
    /// <summary>See one's own firm's policies and apply for 快申快享 ones (enterprise accounts).</summary>
    public const string ApplyForPolicies = nameof(ApplyForPolicies);
    /// <summary>Keep firms' growth profiles (declared R&amp;D staff, patents, certifications) and the year's ladder goals.</summary>
    public const string ManageLadder = nameof(ManageLadder);
    /// <summary>Users, departments, audit log.</summary>
    public const string Administer = nameof(Administer);

    public static readonly IReadOnlyDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>
    {
        [SignedIn] = [.. Roles.All],
        [ManageEnterprises] = [Roles.Admin, Roles.ChainOffice, Roles.County],
        [EditEnterprise] = [Roles.Admin, Roles.ChainOffice, Roles.County, Roles.Enterprise],
        [DeleteEnterprise] = [Roles.Admin, Roles.ChainOffice],
        [ManageChains] = [Roles.Admin, Roles.ChainOffice],
        [ImportReports] = [Roles.Admin, Roles.ChainOffice, Roles.County],
        [SubmitReports] = [Roles.Admin, Roles.ChainOffice, Roles.County, Roles.Enterprise],
        [SelfReport] = [Roles.Enterprise],
        [ManageStatistics] = [Roles.Admin, Roles.ChainOffice],
        [ViewCockpit] = [Roles.Admin, Roles.ChainOffice, Roles.ChainChief, Roles.Department, Roles.County],
        [ManageTargets] = [Roles.Admin, Roles.ChainOffice],
        [ManageCalendar] = [Roles.Admin, Roles.ChainOffice],
        [ViewAlerts] = [Roles.Admin, Roles.ChainOffice, Roles.ChainChief, Roles.Department, Roles.County],
        [HandleAlerts] = [Roles.Admin, Roles.ChainOffice, Roles.County],
        [ManageAlertRules] = [Roles.Admin, Roles.ChainOffice],
        [ViewAppeals] = [.. Roles.All],
        [FileAppeals] = [Roles.Admin, Roles.ChainOffice, Roles.County, Roles.Enterprise],
        [ViewAppealScorecards] = [Roles.Admin, Roles.ChainOffice, Roles.ChainChief, Roles.Department, Roles.County],
        [ManageAppealSettings] = [Roles.Admin, Roles.ChainOffice],
        [ViewVisits] = [Roles.Admin, Roles.ChainOffice, Roles.ChainChief, Roles.Department, Roles.County],
        [RecordVisits] = [Roles.Admin, Roles.ChainOffice, Roles.ChainChief, Roles.Department, Roles.County],
        [ManageLiaisons] = [Roles.Admin, Roles.ChainOffice, Roles.County],
        [ViewInvestment] = [Roles.Admin, Roles.ChainOffice, Roles.ChainChief, Roles.Department, Roles.County],
        [ManageInvestment] = [Roles.Admin, Roles.ChainOffice, Roles.Department, Roles.County],
        [ManageInvestmentSettings] = [Roles.Admin, Roles.ChainOffice],
        [ViewPolicies] = [Roles.Admin, Roles.ChainOffice, Roles.ChainChief, Roles.Department, Roles.County],
        [ManagePolicies] = [Roles.Admin, Roles.ChainOffice],
        [ApplyForPolicies] = [Roles.Enterprise],
        [ManageLadder] = [Roles.Admin, Roles.ChainOffice, Roles.County],
        [Administer] = [Roles.Admin],
    };
}
