using System.Net;
using System.Text.Json;
using ChainChief.Tests.Infrastructure;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using ChainChief.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sheet = ChainChief.Web.Features.Enterprises.EnterpriseSheet;

namespace ChainChief.Tests.Enterprises;

public abstract class ImportTests(AppFixture fixture) : AppTests(fixture)
{
    private static Dictionary<string, object?> Row(string code, string name, string county = "610902", string industry = "3831",
        string scale = "规下", string employees = "30", string chains = "") => new()
    {
        [Sheet.CreditCode] = code, [Sheet.Name] = name, [Sheet.CountyCode] = county, [Sheet.IndustryCode] = industry,
        [Sheet.Scale] = scale, [Sheet.Status] = "在营", [Sheet.LandMu] = "10", [Sheet.Employees] = employees, [Sheet.Chains] = chains,
    };

    private static async Task<byte[]> WorkbookAsync(params Dictionary<string, object?>[] rows) =>
        await ExcelWorkbook.WriteAsync(new Dictionary<string, IEnumerable<IDictionary<string, object?>>> { ["企业"] = rows }, CancellationToken.None);

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(byte[] file, bool validRowsOnly)
    {
        using var office = await App.ClientAsAsync("office");
        using var content = new MultipartFormDataContent { { new ByteArrayContent(file), "file", "企业.xlsx" } };
        var response = await office.PostAsync($"/api/enterprises/import?validRowsOnly={validRowsOnly}", content, Ct);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone());
    }

    private async Task<(int Firms, int AuditRows)> CountAsync(IEnumerable<string> codes)
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var list = codes.ToList();
        return (await db.Enterprises.CountAsync(e => list.Contains(e.CreditCode), Ct), await db.AuditEntries.CountAsync(Ct));
    }

    [Fact]
    public async Task Mixed_file_lists_every_bad_row_and_writes_nothing_then_valid_rows_only_writes_exactly_the_good_ones()
    {
        string[] good = [TestData.NewCreditCode(), TestData.NewCreditCode(), TestData.NewCreditCode("610981")];
        var badCheck = TestData.NewCreditCode()[..17] + "?";
        var duplicate = good[0];
        var file = await WorkbookAsync(
            Row(good[0], "导入测试一有限公司", chains: "富硒食品"),
            Row(badCheck, "校验位错误有限公司"),                       // row 3
            Row(good[1], "导入测试二有限公司", scale: "规上"),
            Row(TestData.NewCreditCode(), "县区错误有限公司", county: "619999"), // row 5
            Row(TestData.NewCreditCode(), "行业错误有限公司", industry: "38", employees: "很多"), // row 6
            Row(duplicate, "重复代码有限公司"),                         // row 7
            Row(good[2], "导入测试三有限公司", county: "610928"));       // old code of 旬阳, accepted as 610981
        var before = await CountAsync(good);

        var (status, body) = await PostAsync(file, validRowsOnly: false);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = body.GetProperty("errors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString()!, Message: e.GetProperty("message").GetString()!))
            .OrderBy(e => e.Row).ThenBy(e => e.Column).ToList();
        Assert.True(errors.Select(e => e.Row).SequenceEqual([3, 5, 6, 6, 7]), string.Join("\n", errors));
        Assert.Equal((3, Sheet.CreditCode), (errors[0].Row, errors[0].Column));
        Assert.Contains("第18位", errors[0].Message);
        Assert.Equal(Sheet.CountyCode, errors[1].Column);
        Assert.Contains("619999", errors[1].Message);
        Assert.Equal([Sheet.Employees, Sheet.IndustryCode], errors.Where(e => e.Row == 6).Select(e => e.Column).Order());
        Assert.Equal(Sheet.CreditCode, errors[4].Column);
        Assert.Contains("与第2行", errors[4].Message);
        Assert.Equal(before, await CountAsync(good));

        var (okStatus, result) = await PostAsync(file, validRowsOnly: true);

        Assert.Equal(HttpStatusCode.OK, okStatus);
        Assert.Equal(3, result.GetProperty("created").GetInt32());
        Assert.Equal(4, result.GetProperty("rejected").GetInt32());
        Assert.Equal(3, (await CountAsync(good)).Firms);
        await using (var scope = App.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var xunyang = await db.Enterprises.SingleAsync(e => e.CreditCode == good[2], Ct);
            Assert.Equal("610981", xunyang.CountyCode);
            var withChain = await db.Enterprises.Include(e => e.Chains).SingleAsync(e => e.CreditCode == good[0], Ct);
            Assert.Single(withChain.Chains);
        }

        var afterFirst = await CountAsync(good);
        var (againStatus, again) = await PostAsync(file, validRowsOnly: true);
        Assert.Equal(HttpStatusCode.OK, againStatus);
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(0, again.GetProperty("updated").GetInt32());
        Assert.Equal(3, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(afterFirst, await CountAsync(good));
    }

    [Fact]
    public async Task Changed_row_updates_the_firm_and_records_the_scale_change()
    {
        var code = TestData.NewCreditCode();
        await PostAsync(await WorkbookAsync(Row(code, "升规测试有限公司")), validRowsOnly: false);
        var (status, result) = await PostAsync(await WorkbookAsync(Row(code, "升规测试有限公司", scale: "规上", employees: "80")), validRowsOnly: false);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, result.GetProperty("updated").GetInt32());
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var firm = await db.Enterprises.Include(e => e.ScaleHistory).SingleAsync(e => e.CreditCode == code, Ct);
        Assert.Equal((EnterpriseScale.AboveScale, 80), (firm.Scale, firm.Employees));
        Assert.Contains(firm.ScaleHistory, h => h.From == EnterpriseScale.BelowScale && h.To == EnterpriseScale.AboveScale);
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_is_refused_with_a_reason()
    {
        var (status, body) = await PostAsync("not an excel file"u8.ToArray(), validRowsOnly: true);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("无法读取文件", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Template_round_trips_through_the_importer()
    {
        using var office = await App.ClientAsAsync("office");
        var template = await (await office.GetAsync("/api/enterprises/import-template", Ct)).Content.ReadAsByteArrayAsync(Ct);
        var rows = ExcelWorkbook.ReadRows(new MemoryStream(template));
        Assert.All(Sheet.Required, c => Assert.Contains(c, rows[0].Keys));
    }
}

[Collection("sqlite")]
public sealed class SqliteImportTests(SqliteApp app) : ImportTests(app);

[Collection("postgres")]
public sealed class PostgresImportTests(PostgresApp app) : ImportTests(app);
