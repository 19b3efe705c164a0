using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;
using ChainChief.Web.Infrastructure.Word;

namespace ChainChief.Web.Features.Dispatch;

public enum DispatchFileFormat
{
    Xlsx,
    Docx,
}

/// <summary>
/// The 月调度 report as a file for the dispatch meeting: a Word document (title, summary, numbered tables) or an Excel
/// workbook (a 概况 sheet with the summary, then one sheet per table with the numbers as numbers).
/// </summary>
public sealed class ExportDispatchReport(BuildDispatchReport build)
{
    public sealed record File(byte[] Content, string ContentType, string Name);

    /// <summary>Sheet names (Excel allows 31 characters) by table key.</summary>
    private static readonly Dictionary<string, string> Sheets = new()
    {
        ["overview"] = "主要指标", ["chains"] = "产业链", ["counties"] = "县区", ["targets"] = "目标进度", ["alerts"] = "预警企业",
    };

    public async Task<File?> HandleAsync(int? period, DispatchFileFormat format, Actor actor, CancellationToken ct)
    {
        if (await build.HandleAsync(period, actor, ct) is not { } report)
        {
            return null;
        }
        var name = $"{report.Title}_{report.Period}";
        return format == DispatchFileFormat.Docx
            ? new File(Document(report), WordDocument.ContentType, name + ".docx")
            : new File(await WorkbookAsync(report, ct), ExcelWorkbook.ContentType, name + ".xlsx");
    }

    public static byte[] Document(DispatchReport report)
    {
        var doc = new WordDocument().Title(report.Title).Paragraph($"生成时间：{report.GeneratedAt:yyyy-MM-dd HH:mm}　范围：{report.Scope}");
        doc.Heading("总体情况");
        foreach (var line in report.Summary)
        {
            doc.Paragraph(line);
        }
        foreach (var table in report.Tables)
        {
            doc.Heading(table.Title, 2);
            doc.Table([.. table.Columns.Select(c => c.Header)],
                table.Rows.Select(r => (IReadOnlyList<string>)[.. Enumerable.Range(0, table.Columns.Count).Select(i => table.Text(r, i))]));
            if (table.Note is { } note)
            {
                doc.Paragraph("注：" + note);
            }
        }
        return doc.ToBytes();
    }

    public static Task<byte[]> WorkbookAsync(DispatchReport report, CancellationToken ct)
    {
        var sheets = new Dictionary<string, IEnumerable<IDictionary<string, object?>>>
        {
            ["概况"] = new[] { report.Title, $"生成时间：{report.GeneratedAt:yyyy-MM-dd HH:mm}", $"范围：{report.Scope}" }
                .Concat(report.Summary).Concat(report.Tables.Where(t => t.Note is not null).Select(t => $"{t.Title}注：{t.Note}"))
                .Select(text => (IDictionary<string, object?>)ExcelWorkbook.Row(("月调度报告", text))),
        };
        foreach (var table in report.Tables)
        {
            sheets[Sheets.GetValueOrDefault(table.Key, table.Key)] = table.Rows.Select(r => (IDictionary<string, object?>)table.Columns
                .Select((c, i) => (c.Header, i < r.Cells.Count ? r.Cells[i] : null)).ToDictionary(x => x.Header, x => x.Item2));
        }
        return ExcelWorkbook.WriteAsync(sheets, ct);
    }
}
