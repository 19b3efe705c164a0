using System.IO.Compression;
using System.Security;
using System.Text;

namespace ChainChief.Web.Infrastructure.Word;

/// <summary>
/// A small WordprocessingML (.docx) writer for generated reports: a title, headings, paragraphs and tables, in the
/// fonts Chinese government documents use (黑体 for headings, 宋体 for text), A4 landscape so wide tables fit. Word and
/// WPS open it. Written by hand rather than with the Open XML SDK: four XML parts are all a report needs, and the SDK
/// would add a dependency tree the NuGet mirror only partly has (see docs/decisions).
/// </summary>
public sealed class WordDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private readonly StringBuilder body = new();

    public WordDocument Title(string text) => Add($"<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>{Run(text)}</w:p>");

    public WordDocument Heading(string text, int level = 1) =>
        Add($"<w:p><w:pPr><w:pStyle w:val=\"Heading{Math.Clamp(level, 1, 2)}\"/></w:pPr>{Run(text)}</w:p>");

    public WordDocument Paragraph(string text) => Add($"<w:p>{Run(text)}</w:p>");

    /// <summary>A bordered table with a bold, repeated header row; numbers are right-aligned when a cell parses as one.</summary>
    public WordDocument Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var xml = new StringBuilder("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/></w:tblPr><w:tblGrid>");
        foreach (var _ in headers)
        {
            xml.Append("<w:gridCol/>");
        }
        xml.Append("</w:tblGrid><w:tr><w:trPr><w:tblHeader/></w:trPr>");
        foreach (var h in headers)
        {
            xml.Append($"<w:tc><w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7EEF6\"/></w:tcPr><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>{Run(h, bold: true)}</w:p></w:tc>");
        }
        xml.Append("</w:tr>");
        foreach (var row in rows)
        {
            xml.Append("<w:tr>");
            for (var i = 0; i < headers.Count; i++)
            {
                var text = i < row.Count ? row[i] : "";
                var align = IsNumber(text) ? "<w:pPr><w:jc w:val=\"right\"/></w:pPr>" : "";
                xml.Append($"<w:tc><w:p>{align}{Run(text)}</w:p></w:tc>");
            }
            xml.Append("</w:tr>");
        }
        xml.Append("</w:tbl><w:p/>");
        return Add(xml.ToString());
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", WordParts.ContentTypes);
            Part(zip, "_rels/.rels", WordParts.PackageRelationships);
            Part(zip, "word/_rels/document.xml.rels", WordParts.DocumentRelationships);
            Part(zip, "word/styles.xml", WordParts.Styles);
            Part(zip, "word/document.xml", $"{WordParts.DocumentStart}{body}{WordParts.DocumentEnd}");
        }
        return stream.ToArray();
    }

    private WordDocument Add(string xml)
    {
        body.Append(xml);
        return this;
    }

    private static string Run(string text, bool bold = false) =>
        $"<w:r>{(bold ? "<w:rPr><w:b/></w:rPr>" : "")}<w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t></w:r>";

    private static bool IsNumber(string text) =>
        text.Length > 0 && decimal.TryParse(text.TrimEnd('%').Replace(",", ""), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static void Part(ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        writer.Write(xml);
    }
}
