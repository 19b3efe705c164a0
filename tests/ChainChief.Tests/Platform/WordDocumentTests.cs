using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ChainChief.Web.Infrastructure.Word;

namespace ChainChief.Tests.Platform;

public sealed class WordDocumentTests
{
    private static byte[] Sample() => new WordDocument()
        .Title("2026年10月全市工业经济运行调度报告")
        .Heading("一、总体情况")
        .Paragraph("全市规上工业总产值 158.9 亿元，同比增长 6.1%。<特殊字符 & “引号”>")
        .Heading("（一）分产业链", 2)
        .Table(["产业链", "工业总产值（万元）", "同比"], [["电子线束（信息）", "12,345.6", "8.2%"], ["富硒食品", "9,876.5", "-3.1%"]])
        .ToBytes();

    [Fact]
    public void ToBytes_writes_a_package_that_passes_open_xml_schema_validation()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(Sample()), false);
        var errors = new OpenXmlValidator().Validate(doc, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.NotNull(doc.MainDocumentPart?.StyleDefinitionsPart);
    }

    [Fact]
    public void ToBytes_keeps_text_order_escapes_markup_and_repeats_the_table_header()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(Sample()), false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var text = body.InnerText;
        Assert.True(text.IndexOf("一、总体情况", StringComparison.Ordinal) < text.IndexOf("电子线束（信息）", StringComparison.Ordinal));
        Assert.Contains("<特殊字符 & “引号”>", text);
        var table = Assert.Single(body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>());
        var rows = table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.TableHeader>());
        Assert.Equal(["富硒食品", "9,876.5", "-3.1%"], rows[2].Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText));
    }
}
