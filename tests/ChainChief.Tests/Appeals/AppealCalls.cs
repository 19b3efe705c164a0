using System.Net;
using System.Net.Http.Json;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Features.Appeals;

namespace ChainChief.Tests.Appeals;

/// <summary>Appeal API calls the appeal tests share: file, read, take a step.</summary>
internal static class AppealCalls
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<int> FileAsync(HttpClient firm, string title = "用工缺口：急需50名熟练焊工")
    {
        var response = await firm.PostAsJsonAsync("/api/appeals", new AppealInput { Category = AppealCategory.Labor, Title = title, Description = "二季度订单增加，本地招工困难。" }, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return int.Parse(response.Headers.Location!.ToString().Split('/').Last());
    }

    public static async Task<GetAppeal.Detail> GetAsync(HttpClient client, int id) =>
        await (await client.GetAsync($"/api/appeals/{id}", Ct)).ReadAsync<GetAppeal.Detail>();

    public static async Task<HttpResponseMessage> StepAsync(HttpClient client, int id, AppealAction action, AppealStep? step = null)
    {
        step ??= new AppealStep();
        step.Version = step.Version == 0 ? (await GetAsync(client, id)).Version : step.Version;
        return await client.PostAsJsonAsync($"/api/appeals/{id}/{action}", step, TestData.Json, Ct);
    }

    public static async Task OkAsync(HttpClient client, int id, AppealAction action, AppealStep? step = null)
    {
        var response = await StepAsync(client, id, action, step);
        Assert.True(response.IsSuccessStatusCode, $"{action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }

    public static async Task<int> DepartmentOfDeptAsync(HttpClient office, int id) =>
        (await GetAsync(office, id)).Departments.Single(d => d.Name == "安康市发展和改革委员会").Id;
}
