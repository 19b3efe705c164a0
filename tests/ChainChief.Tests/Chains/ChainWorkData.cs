using System.Net.Http.Json;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Features.Chains;
using ChainChief.Web.Infrastructure;

namespace ChainChief.Tests.Chains;

/// <summary>Builders for plan, task and meeting tests, all through the API.</summary>
public static class ChainWorkData
{
    /// <summary>The Beijing date the server uses for overdue flags.</summary>
    public static DateOnly Today => TimeProvider.System.Today();

    public const string Ndrc = "安康市发展和改革委员会"; // the demo dept user's department
    public const string Commerce = "安康市商务局";

    /// <summary>A demo chain by name (tests may add chains of their own, so not simply the first).</summary>
    public static async Task<int> ChainAsync(this HttpClient client, string name = "电子线束（信息）")
    {
        var chains = await (await client.GetAsync("/api/chains")).ReadAsync<List<ListChains.Row>>();
        return chains.Single(c => c.Name == name).Id;
    }

    public static async Task<int> DepartmentAsync(this HttpClient client, string name)
    {
        var departments = await (await client.GetAsync("/api/chain-tasks/departments")).ReadAsync<List<ListChainTasks.DepartmentRow>>();
        return departments.Single(d => d.Name == name).Id;
    }

    public static ChainTaskInput NewTask(int departmentId, DateOnly deadline, string? title = null) => new()
    {
        Year = deadline.Year,
        Title = title ?? $"测试任务{Guid.NewGuid().ToString("N")[..8]}",
        Description = "测试用重点任务",
        OwnerDepartmentId = departmentId,
        Deadline = deadline,
    };

    public static async Task<int> CreateTaskAsync(this HttpClient client, int chainId, ChainTaskInput input)
    {
        var response = await client.PostAsJsonAsync($"/api/chains/{chainId}/tasks", input, TestData.Json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return int.Parse(response.Headers.Location!.ToString().Split('/')[^1]);
    }

    public static async Task<GetChainTask.Detail> TaskAsync(this HttpClient client, int chainId, int taskId) =>
        await (await client.GetAsync($"/api/chains/{chainId}/tasks/{taskId}")).ReadAsync<GetChainTask.Detail>();

    public static Task<HttpResponseMessage> ProgressAsync(this HttpClient client, int chainId, int taskId,
        ChainTaskStatus? status, string? note, int version = 0) =>
        client.PostAsJsonAsync($"/api/chains/{chainId}/tasks/{taskId}/progress",
            new ChainTaskProgressInput { Status = status, Note = note, Version = version }, TestData.Json);

    public static ChainMeetingInput NewMeeting(params string[] decisions) => new()
    {
        Kind = MeetingKind.Coordination,
        Title = $"产业链协调推进会{Guid.NewGuid().ToString("N")[..6]}",
        HeldOn = Today.AddDays(-3),
        Location = "市政府3楼会议室",
        Chair = "李市长",
        Attendees = "市经信局、市发改委、市商务局",
        Decisions = [.. decisions.Select(d => new MeetingDecisionInput { Text = d })],
    };
}
