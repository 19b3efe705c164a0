using ChainChief.Web.Infrastructure;
using ChainChief.Web.Infrastructure.Errors;
using ChainChief.Web.Infrastructure.Excel;

namespace ChainChief.Web.Features.Chains;

/// <summary>
/// A chain map as a workbook of three sheets (节点 / 连接 / 企业) with Chinese headers, the Excel twin of
/// <see cref="ChainMapDocument"/>: what export writes, import reads back.
/// </summary>
public static class ChainMapSheet
{
    public const string NodeSheet = "节点";
    public const string EdgeSheet = "连接";
    public const string FirmSheet = "企业";

    private const string Name = "名称", Segment = "环节", Parent = "上级节点", Products = "主要产品", Codes = "行业代码", Key = "关键环节";
    private const string From = "供给方", To = "需求方";
    private const string Node = "节点", CreditCode = "统一社会信用代码", FirmName = "企业名称", Role = "角色";

    public static Task<byte[]> WriteAsync(ChainMapDocument map, CancellationToken ct) => ExcelWorkbook.WriteAsync(
        new Dictionary<string, IEnumerable<IDictionary<string, object?>>>
        {
            [NodeSheet] = map.Nodes.Select(n => ExcelWorkbook.Row((Name, n.Name), (Segment, n.Segment), (Parent, n.Parent), (Products, n.KeyProducts),
                (Codes, string.Join(",", n.IndustryCodes)), (Key, n.IsKey ? "是" : "否"))),
            [EdgeSheet] = map.Edges.Select(e => ExcelWorkbook.Row((From, e.From), (To, e.To))),
            [FirmSheet] = map.Firms.Select(f => ExcelWorkbook.Row((Node, f.Node), (CreditCode, f.CreditCode), (FirmName, f.Name), (Role, f.Role))),
        }, ct);

    /// <summary>Reads the three sheets; a missing sheet or column is a 400 naming it. Row n of a sheet is item n − 1.</summary>
    public static ChainMapDocument Read(Stream stream, string chainName)
    {
        IReadOnlyList<string> sheets;
        try
        {
            sheets = ExcelWorkbook.SheetNames(stream);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException)
        {
            throw new InputException("file", "文件不是有效的 Excel 工作簿（.xlsx）");
        }
        List<Dictionary<string, string>> Sheet(string name, params string[] columns)
        {
            if (!sheets.Contains(name))
            {
                throw new InputException("file", $"工作簿缺少“{name}”工作表");
            }
            stream.Position = 0;
            var rows = ExcelWorkbook.ReadRows(stream, name).Where(r => r.Values.Any(v => v.Length > 0)).ToList();
            if (rows.Count > 0 && columns.FirstOrDefault(c => !rows[0].ContainsKey(c)) is { } missing)
            {
                throw new InputException("file", $"“{name}”工作表缺少“{missing}”列");
            }
            return rows;
        }
        var nodes = Sheet(NodeSheet, Name, Segment, Parent, Products, Codes, Key);
        var edges = Sheet(EdgeSheet, From, To);
        var firms = Sheet(FirmSheet, Node, CreditCode, Role);
        return new ChainMapDocument
        {
            Chain = chainName,
            Nodes = [.. nodes.Select(r => new ChainMapDocument.Node
            {
                Name = r[Name], Segment = r[Segment], Parent = r[Parent].TrimToNull(), KeyProducts = r[Products].TrimToNull(),
                IndustryCodes = [.. r[Codes].Split([',', '，', '、', ';', '；', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
                IsKey = r[Key] is "是" or "1" or "TRUE" or "true",
            })],
            Edges = [.. edges.Select(r => new ChainMapDocument.Edge(r[From], r[To]))],
            Firms = [.. firms.Select(r => new ChainMapDocument.Firm(r[Node], r[CreditCode], r[Role], r.GetValueOrDefault(FirmName).TrimToNull()))],
        };
    }

    /// <summary>A JSON map file; malformed JSON is a 400 saying where.</summary>
    public static ChainMapDocument ReadJson(Stream stream)
    {
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<ChainMapDocument>(stream, JsonOptions) ?? throw new InputException("file", "文件为空");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InputException("file", $"JSON 格式有误（第{e.LineNumber + 1}行）：请检查括号、引号和逗号");
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new(System.Text.Json.JsonSerializerDefaults.Web);

    /// <summary>Excel row of an item: the header is row 1.</summary>
    public static string Locate(ChainMapValidator.Problem p) => $"“{p.List}”表第{p.Position + 1}行“{p.Field}”列";

}
