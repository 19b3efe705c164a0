using System.Text;

namespace ChainChief.Web.Infrastructure.Excel;

/// <summary>
/// Reads CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF). Excel and WPS on Chinese Windows save CSV in GB18030
/// (GBK) without a byte-order mark, others in UTF-8: text that is not valid UTF-8 is read as GB18030.
/// </summary>
public static class CsvTable
{
    /// <summary>UTF-8 with a byte-order mark, which Excel needs to show Chinese headers correctly.</summary>
    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static Encoding DetectEncoding(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return Encoding.UTF8;
        }
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    /// <summary>Rows of cells, header first; every cell trimmed.</summary>
    public static IEnumerable<string[]> Read(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), DetectEncoding(bytes), detectEncodingFromByteOrderMarks: true);
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            any = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        cell.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    cell.Append((char)c);
                }
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    cells.Add(cell.ToString().Trim());
                    cell.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(cell.ToString().Trim());
                    cell.Clear();
                    yield return [.. cells];
                    cells.Clear();
                    any = false;
                    break;
                default:
                    cell.Append((char)c);
                    break;
            }
        }
        if (any)
        {
            cells.Add(cell.ToString().Trim());
            yield return [.. cells];
        }
    }

    /// <summary>One CSV line: fields with commas, quotes or line breaks are quoted.</summary>
    public static string Line(IEnumerable<string?> cells) => string.Join(",", cells.Select(v =>
        v is null ? "" : v.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + v.Replace("\"", "\"\"") + "\"" : v));
}
