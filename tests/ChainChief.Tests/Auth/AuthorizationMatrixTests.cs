using System.Net;
using System.Net.Http.Json;
using ChainChief.Tests.Infrastructure;

namespace ChainChief.Tests.Auth;

/// <summary>Every role against every endpoint: allowed roles get past authorization (any status but 401/403),
/// the others get 403, anonymous callers 401. Writes target a missing id or an empty body, so nothing changes.</summary>
public abstract class AuthorizationMatrixTests(AppFixture fixture) : AppTests(fixture)
{
    private const string Manage = "admin office county";
    private const string Everyone = "admin office chief dept county firm";
    private const string ManageChains = "admin office";
    private const string Cockpit = "admin office chief dept county";

    public static TheoryData<string, string, string> Endpoints => new()
    {
        { "GET", "/api/enterprises", Everyone },
        { "GET", "/api/enterprises/summary", Everyone },
        { "GET", "/api/enterprises/export", Everyone },
        { "POST", "/api/enterprises", Manage },
        { "PUT", "/api/enterprises/999999", Manage + " firm" },
        { "DELETE", "/api/enterprises/999999", "admin office" },
        { "POST", "/api/enterprises/999999/state", Manage },
        { "POST", "/api/enterprises/999999/tags", Manage },
        { "DELETE", "/api/enterprises/999999/tags/1", Manage },
        { "GET", "/api/enterprises/999999/history", Everyone },
        { "GET", "/api/enterprises/import-template", Manage },
        { "POST", "/api/enterprises/import", Manage },
        { "GET", "/api/chains", Everyone },
        { "GET", "/api/chains/export", Everyone },
        { "POST", "/api/chains", "admin office" },
        { "GET", "/api/chains/999999", Everyone },
        { "PUT", "/api/chains/999999", "admin office" },
        { "GET", "/api/chains/999999/map", Everyone },
        { "PUT", "/api/chains/999999/map", "admin office" },
        { "POST", "/api/chains/999999/map/excel", "admin office" },
        { "GET", "/api/chains/999999/nodes/export", Everyone },
        { "POST", "/api/chains/999999/nodes", "admin office" },
        { "PUT", "/api/chains/999999/nodes/1", "admin office" },
        { "DELETE", "/api/chains/999999/nodes/1", "admin office" },
        { "GET", "/api/chains/999999/nodes/1/firms", Everyone },
        { "GET", "/api/chains/999999/nodes/1/candidates", "admin office" },
        { "PUT", "/api/chains/999999/nodes/1/firms", "admin office" },
        { "DELETE", "/api/chains/999999/nodes/1/firms/1", "admin office" },
        { "GET", "/api/chains/999999/plans", Everyone },
        { "POST", "/api/chains/999999/plans", ManageChains },
        { "PUT", "/api/chains/999999/plans/999999", ManageChains },
        { "GET", "/api/chains/999999/tasks", Everyone },
        { "GET", "/api/chains/999999/tasks/999999", Everyone },
        { "POST", "/api/chains/999999/tasks", ManageChains },
        { "PUT", "/api/chains/999999/tasks/999999", ManageChains },
        { "DELETE", "/api/chains/999999/tasks/999999", ManageChains },
        { "POST", "/api/chains/999999/tasks/999999/progress", Everyone },
        { "GET", "/api/chains/999999/meetings", Everyone },
        { "POST", "/api/chains/999999/meetings", ManageChains },
        { "PUT", "/api/chains/999999/meetings/999999", ManageChains },
        { "DELETE", "/api/chains/999999/meetings/999999", ManageChains },
        { "POST", "/api/chains/999999/meetings/999999/decisions/999999/task", ManageChains },
        { "GET", "/api/chain-tasks", Everyone },
        { "GET", "/api/chain-tasks/export", Everyone },
        { "GET", "/api/chain-tasks/departments", Everyone },
        { "GET", "/api/cockpit/periods", Cockpit },
        { "GET", "/api/cockpit/summary", Cockpit },
        { "GET", "/api/cockpit/breakdown?dimension=Chain", Cockpit },
        { "GET", "/api/cockpit/breakdown/export?dimension=County", Cockpit },
        { "GET", "/api/cockpit/firms?dimension=County&key=610902", Cockpit },
        { "GET", "/api/cockpit/firms/export?dimension=County&key=610902", Cockpit },
        { "GET", "/api/dispatch", Cockpit },
        { "GET", "/api/calendar/2026", "admin office chief dept county firm" },
        { "GET", "/api/calendar/deadline?receivedAt=2026-02-13T10:00:00&days=3", "admin office chief dept county firm" },
        { "DELETE", "/api/calendar/days/2031-01-06", "admin office" },
        { "GET", "/api/dispatch/file?format=Xlsx", Cockpit },
        { "GET", "/api/cockpit/trend", Cockpit },
        { "GET", "/api/reference/counties", Everyone },
        { "GET", "/api/policies", Cockpit },
        { "GET", "/api/policies/export", Cockpit },
        { "GET", "/api/policies/facts", Cockpit },
        { "GET", "/api/policies/999999", Cockpit },
        { "GET", "/api/policies/999999/json", Cockpit },
        { "POST", "/api/policies", ManageChains },
        { "PUT", "/api/policies/999999", ManageChains },
        { "POST", "/api/policies/999999/status", ManageChains },
        { "GET", "/api/matching/runs", Cockpit },
        { "POST", "/api/matching/runs?wait=maybe", ManageChains },
        { "GET", "/api/matching/jobs/8d3c2f5e-0000-0000-0000-000000000000", Cockpit },
        { "GET", "/api/matching/matches", Cockpit },
        { "GET", "/api/matching/matches/export?policyId=999999", Cockpit },
        { "GET", "/api/enterprises/999999/policies", Everyone },
        { "GET", "/api/award-batches", Cockpit },
        { "POST", "/api/award-batches?policyId=999999", ManageChains },
        { "GET", "/api/award-batches/999999", Cockpit },
        { "GET", "/api/award-batches/999999/export", Cockpit },
        { "POST", "/api/award-batches/999999/approval", ManageChains },
        { "POST", "/api/awards/payments", ManageChains },
        { "GET", "/api/awards", Cockpit },
        { "GET", "/api/awards/export?policyId=999999", Cockpit },
        { "GET", "/api/policy-applications", Everyone },
        { "GET", "/api/policy-applications/export?policyId=999999", Cockpit },
        { "POST", "/api/policy-applications?policyId=999999", "firm" },
        { "POST", "/api/policy-applications/999999/decision", ManageChains },
        { "POST", "/api/policy-applications/999999/withdrawal", "firm" },
        { "GET", "/api/statistics/reports?period=190001", Everyone },
        { "GET", "/api/statistics/reports/export?period=190001", Everyone },
        { "POST", "/api/statistics/reports", Manage + " firm" },
        { "POST", "/api/statistics/reports/import", Manage },
        { "GET", "/api/statistics/reports/template", Manage },
        { "GET", "/api/statistics/firms/999999/reports", Everyone },
        { "GET", "/api/statistics/periods", Everyone },
        { "POST", "/api/statistics/periods/202001/close", "admin office" },
        { "POST", "/api/statistics/periods/202001/reopen", "admin office" },
        { "GET", "/api/alerts", Cockpit },
        { "GET", "/api/alerts/export?period=190001", Cockpit },
        { "GET", "/api/alerts/999999", Cockpit },
        { "POST", "/api/alerts/999999/assign", "admin office county" },
        { "POST", "/api/alerts/999999/notes", "admin office county" },
        { "POST", "/api/alerts/999999/ticket", "admin office county" },
        { "POST", "/api/alerts/999999/resolve", "admin office county" },
        { "GET", "/api/alerts/rules", Cockpit },
        { "PUT", "/api/alerts/rules/999999", "admin office" },
        { "GET", "/api/targets", Cockpit },
        { "GET", "/api/targets/export?period=190001", Cockpit },
        { "POST", "/api/targets", "admin office" },
        { "PUT", "/api/targets/999999", "admin office" },
        { "DELETE", "/api/targets/999999", "admin office" },
        { "GET", "/api/appeals", Everyone },
        { "GET", "/api/appeals/999999", Everyone },
        { "POST", "/api/appeals", "admin office county firm" },
        { "POST", "/api/appeals/999999/SignIn", Everyone },
        { "GET", "/api/appeals/settings", Everyone },
        { "GET", "/api/appeals/scorecards", Cockpit },
        { "GET", "/api/appeals/scorecards/export", Cockpit },
        { "PUT", "/api/appeals/settings", "admin office" },
        { "PUT", "/api/appeals/settings/notifications", "admin office" },
        { "GET", "/api/notifications", Everyone },
        { "GET", "/api/visits", Cockpit },
        { "GET", "/api/visits/due", Cockpit },
        { "GET", "/api/visits/999999", Cockpit },
        { "POST", "/api/visits", Cockpit },
        { "POST", "/api/visits/999999/problems/1/appeal", Cockpit },
        { "GET", "/api/enterprises/999999/ledger", Cockpit },
        { "GET", "/api/enterprises/999999/liaisons", Cockpit },
        { "GET", "/api/enterprises/999999/liaisons/candidates", Manage },
        { "POST", "/api/enterprises/999999/liaisons", Manage },
        { "DELETE", "/api/enterprises/999999/liaisons/x", Manage },
        { "GET", "/api/notifications/unread-count", Everyone },
        { "POST", "/api/notifications/999999/read", Everyone },
        { "POST", "/api/notifications/read-all", Everyone },
        { "GET", "/api/tickets", Cockpit },
        { "POST", "/api/tickets/999999/close", "admin office county" },
        { "GET", "/api/ladder/pool", Cockpit },
        { "GET", "/api/ladder/pool/export", Cockpit },
        { "GET", "/api/ladder/exit-watch", Cockpit },
        { "GET", "/api/ladder/exit-watch/export", Cockpit },
        { "GET", "/api/ladder/candidates?tier=HighTech", Cockpit },
        { "GET", "/api/ladder/candidates/export?tier=HighTech", Cockpit },
        { "GET", "/api/ladder/goals", Cockpit },
        { "POST", "/api/ladder/goals", Manage },
        { "PUT", "/api/ladder/goals/999999", Manage },
        { "DELETE", "/api/ladder/goals/999999?version=0", Manage },
        { "GET", "/api/enterprises/999999/ladder", Everyone },
        { "PUT", "/api/enterprises/999999/growth-profile", Manage + " firm" },
        { "GET", "/api/audit", "admin" },
        { "GET", "/api/admin/users", "admin" },
        { "POST", "/api/admin/users", "admin" },
        { "GET", "/api/admin/departments", "admin" },
        { "DELETE", "/api/admin/departments/999999", "admin" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Only_the_listed_roles_pass(string method, string path, string allowed)
    {
        foreach (var user in Everyone.Split(' '))
        {
            using var client = await App.ClientAsAsync(user);
            using var response = await client.SendAsync(Request(method, path), Ct);
            if (allowed.Split(' ').Contains(user))
            {
                Assert.True(response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden),
                    $"{user} {method} {path}: {(int)response.StatusCode}");
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{user} {method} {path}: expected 403, got {(int)response.StatusCode}");
            }
        }
        using var anonymous = App.CreateClient();
        using var refused = await anonymous.SendAsync(Request(method, path), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = path.EndsWith("/import", StringComparison.Ordinal) || path.EndsWith("/excel", StringComparison.Ordinal) ? new MultipartFormDataContent()
            : method is "POST" or "PUT" ? JsonContent.Create(new { }) : null,
    };
}

[Collection("sqlite")]
public sealed class SqliteAuthorizationMatrixTests(SqliteApp app) : AuthorizationMatrixTests(app);

[Collection("postgres")]
public sealed class PostgresAuthorizationMatrixTests(PostgresApp app) : AuthorizationMatrixTests(app);
