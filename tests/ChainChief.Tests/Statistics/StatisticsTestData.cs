using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Features.Statistics;
using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Excel;

namespace ChainChief.Tests.Statistics;

/// <summary>
/// The statistics integration tests write reports, close months and add periods, so they run on their own copy of the
/// demo city (the same fixture classes, separate collections) and never disturb the tests that read the demo data.
/// </summary>
[CollectionDefinition("statistics-sqlite")]
public sealed class StatisticsSqliteCollection : ICollectionFixture<SqliteApp>;

[CollectionDefinition("statistics-postgres")]
public sealed class StatisticsPostgresCollection : ICollectionFixture<PostgresApp>;

public static class StatisticsTestData
{
    public static int Current => Periods.Of(TimeProvider.System.Today());

    /// <summary>A year before the demo city's 36 months: no reports and no closed months, for tests that need whole years.</summary>
    public static int Year => Periods.Year(Current) - 5;

    public static int P(int month) => Periods.Of(Year, month);

    /// <summary>Every metric proportional to the output figure, as 本年累计 unless said otherwise.</summary>
    public static SubmitReportsByApi.Item Item(string code, int period, decimal output, ReportInputKind kind = ReportInputKind.YearToDate,
        int employees = 100, int? version = null, string? reason = null) => new()
    {
        CreditCode = code, Period = period, InputKind = kind.ToString(), Output = output, Revenue = output * 0.9m, Profit = output / 10,
        Tax = output / 20, ElectricityKwh10k = output / 5, RnD = output / 50, Employees = employees, Version = version, Reason = reason,
    };

    public static async Task<(HttpStatusCode Status, JsonElement Body)> SubmitAsync(this HttpClient client, bool confirm,
        params SubmitReportsByApi.Item[] items)
    {
        var response = await client.PostAsJsonAsync("/api/statistics/reports", new SubmitReportsByApi.Request(items, confirm), TestData.Json);
        return (response.StatusCode, await BodyAsync(response));
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> UploadAsync(this HttpClient client, byte[] file, string name, bool confirm = false)
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(file), "file", name } };
        var response = await client.PostAsync($"/api/statistics/reports/import?confirm={confirm}", content);
        return (response.StatusCode, await BodyAsync(response));
    }

    public static Task<byte[]> WorkbookAsync(params Dictionary<string, object?>[] rows) =>
        ExcelWorkbook.WriteAsync(new Dictionary<string, IEnumerable<IDictionary<string, object?>>> { ["月度报表"] = rows }, CancellationToken.None);

    public static Dictionary<string, object?> Row(string code, int period, decimal output, ReportInputKind kind = ReportInputKind.YearToDate, int employees = 100) =>
        ReportSheet.ToRow(code, "测试企业", period, kind, new Amounts(output, output * 0.9m, output / 10, output / 20, output / 5, output / 50, null), employees);

    /// <summary>(row, field, reason) of the body's "errors" or "warnings" list.</summary>
    public static List<(int Row, string Field, string Reason)> Issues(this JsonElement body, string list = "errors") =>
        [.. body.GetProperty(list).EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("field").GetString()!, e.GetProperty("reason").GetString()!))];

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
