using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChainChief.Web.Features.Enterprises;

namespace ChainChief.Tests.Infrastructure;

public static class TestData
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>A valid credit code no other test uses: legal-person firm (91), the county, nine random characters.</summary>
    public static string NewCreditCode(string county = "610902")
    {
        var middle = new string([.. Enumerable.Range(0, 9).Select(_ => Alphabet[Random.Shared.Next(Alphabet.Length)])]);
        return CreditCode.Complete("91" + county + middle);
    }

    public static EnterpriseInput NewFirm(string county = "610902", string? creditCode = null) => new()
    {
        CreditCode = creditCode ?? NewCreditCode(county),
        Name = $"测试企业{Guid.NewGuid().ToString("N")[..8]}有限公司",
        CountyCode = county,
        IndustryCode = "3831",
        Employees = 50,
        LandMu = 12.5m,
    };

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    public static async Task<int> CreateFirmAsync(this HttpClient client, EnterpriseInput input)
    {
        var response = await client.PostAsJsonAsync("/api/enterprises", input, Json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return int.Parse(response.Headers.Location!.ToString().Split('/')[^1]);
    }
}
