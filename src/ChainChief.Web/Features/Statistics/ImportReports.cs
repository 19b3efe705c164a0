using ChainChief.Web.Infrastructure.Auth;
using ChainChief.Web.Infrastructure.Excel;

namespace ChainChief.Web.Features.Statistics;

/// <summary>
/// Uploads the statistics bureau's table (.xlsx, or .csv in UTF-8 or GB18030): reads every row, then hands them to
/// <see cref="SubmitReports"/>, which writes all or nothing. Problems come back by sheet row and Chinese column name.
/// </summary>
public sealed class ImportReports(SubmitReports submit)
{
    public sealed record Result(int TotalRows, int Created, int Updated, int Unchanged, int Rederived, bool Written,
        bool NeedsConfirmation, int? BatchId, IReadOnlyList<int> Periods, IReadOnlyList<RowIssue> Errors, IReadOnlyList<RowIssue> Warnings);

    public async Task<Result> HandleAsync(Stream file, string? fileName, bool confirm, Actor actor, IProgress<ReportProgress>? progress, CancellationToken ct)
    {
        progress?.Report(new(ReportStage.Reading, 0, 0));
        ReportSheet.Parsed parsed;
        try
        {
            parsed = ReportSheet.Parse(Counted(ReadTable(await BytesAsync(file, ct)), progress, ct));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or ArgumentException or System.Xml.XmlException)
        {
            return Refused("无法读取文件，请上传由模板填写的 .xlsx 或 .csv 文件");
        }
        if (parsed.MissingColumns.Count > 0)
        {
            return Refused($"缺少必填列：{string.Join("、", parsed.MissingColumns)}，请使用导入模板", string.Join("、", parsed.MissingColumns));
        }
        if (parsed.Lines.Count == 0)
        {
            return Refused("文件中没有数据行");
        }
        var result = await submit.HandleAsync(new(parsed.Lines, confirm, ReportSource.Upload, fileName, parsed.Issues), actor, progress, ct);
        return new Result(result.Rows, result.Created, result.Updated, result.Unchanged, result.Rederived, result.Accepted,
            result.NeedsConfirmation, result.BatchId, result.Periods, Named(result.Errors), Named(result.Warnings));
    }

    public static IReadOnlyList<RowIssue> Named(IEnumerable<ReportIssue> issues) =>
        [.. issues.Select(i => new RowIssue(i.Row, ReportSheet.ColumnOf[i.Field], i.Reason))];

    private static IEnumerable<string[]> ReadTable(byte[] bytes) =>
        ExcelWorkbook.LooksLikeWorkbook(bytes) ? ExcelWorkbook.ReadTable(new MemoryStream(bytes)) : CsvTable.Read(bytes);

    /// <summary>Reports every thousand rows read (the total is not known before the end) and stops when asked.</summary>
    private static IEnumerable<string[]> Counted(IEnumerable<string[]> rows, IProgress<ReportProgress>? progress, CancellationToken ct)
    {
        var read = 0;
        foreach (var row in rows)
        {
            if (++read % 1_000 == 0)
            {
                ct.ThrowIfCancellationRequested();
                progress?.Report(new(ReportStage.Reading, read - 1, 0));
            }
            yield return row;
        }
    }

    private static async Task<byte[]> BytesAsync(Stream file, CancellationToken ct)
    {
        if (file is MemoryStream memory)
        {
            return memory.ToArray();
        }
        using var copy = new MemoryStream();
        await file.CopyToAsync(copy, ct);
        return copy.ToArray();
    }

    private static Result Refused(string reason, string column = "") =>
        new(0, 0, 0, 0, 0, false, false, null, [], [new RowIssue(column == "" ? 0 : 1, column, reason)], []);
}
