using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Gongkai.Render.Downloads;
using Gongkai.Tests.Render.Compare;
using DownloadSheet = Gongkai.Render.Downloads.Sheet;
using XCell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using XSheet = DocumentFormat.OpenXml.Spreadsheet.Sheet;

namespace Gongkai.Tests.Render.Downloads;

/// <summary>Issue 14: the hand-written XLSX, read back and validated by the Open XML SDK (the tests' reader, no longer the writer).</summary>
public sealed class XlsxWriterTests
{
    private static readonly Random Seeded = new(14);

    /// <summary>A sheet with a merged title and header group, a code, a name that needs escaping and spaces kept, and amounts at every scale.</summary>
    private static (DownloadSheet Sheet, List<decimal> Amounts) Sample(string name)
    {
        var builder = new SheetBuilder(name);
        builder.Title("表1 收支总表（单位：万元）", 4);
        builder.Headers([[("科目编码", 1, 2), ("名称", 1, 2), ("金额", 2, 1)], [("本年", 1, 1), ("上年", 1, 1)]]);
        var amounts = Enumerable.Range(0, 5).Select(scale => new decimal(Seeded.Next(1, 1_000_000), 0, 0, Seeded.Next(2) == 0, (byte)scale)).ToList();
        builder.Add(SheetCell.Of("2060501"), SheetCell.Of("  <a&b> “名称” "), SheetCell.Of(amounts[0]), SheetCell.Of(amounts[1]));
        builder.Add(SheetCell.Of("30101"), null, SheetCell.Of(amounts[2]), SheetCell.Of(amounts[3]));
        builder.Add(SheetCell.Of(""), SheetCell.Of("=SUM(A1)"), SheetCell.Of(amounts[4]));
        return (builder.Build(), amounts);
    }

    private static SpreadsheetDocument Open(byte[] bytes) => SpreadsheetDocument.Open(new MemoryStream(bytes), false);

    [Fact]
    public void The_workbook_opens_in_the_sdk_and_its_validator_finds_no_error()
    {
        var bytes = XlsxWriter.Write([Sample("表1 收支总表").Sheet, Sample("表1 收支总表").Sheet, Sample("a/b:c").Sheet]);
        using var doc = Open(bytes);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.PartUri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var sheets = doc.WorkbookPart!.Workbook.Sheets!.Elements<XSheet>().ToList();
        Assert.Equal(["表1 收支总表", "表1 收支总表(2)", "a_b_c"], sheets.Select(s => s.Name!.Value));
        Assert.Equal([1u, 2u, 3u], sheets.Select(s => s.SheetId!.Value));
        Assert.All(sheets, s => Assert.IsType<WorksheetPart>(doc.WorkbookPart.GetPartById(s.Id!)));
    }

    [Fact]
    public void Codes_and_names_are_text_in_the_text_format_and_amounts_numbers_at_their_scale()
    {
        var (sheet, amounts) = Sample("t");
        using var doc = Open(XlsxWriter.Write([sheet]));
        var book = doc.WorkbookPart!;
        var styles = book.WorkbookStylesPart!.Stylesheet;
        var formats = styles.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!);
        var xfs = styles.CellFormats!.Elements<CellFormat>().ToList();
        var part = (WorksheetPart)book.GetPartById(book.Workbook.Sheets!.Elements<XSheet>().Single().Id!);
        var cells = part.Worksheet.Descendants<XCell>().ToDictionary(c => c.CellReference!.Value!);

        foreach (var reference in new[] { "A4", "A5", "B4", "B6" })
        {
            Assert.Equal(CellValues.InlineString, cells[reference].DataType!.Value);
            Assert.Equal(49u, xfs[(int)cells[reference].StyleIndex!.Value].NumberFormatId!.Value);
        }

        Assert.Equal("2060501", cells["A4"].InnerText);
        Assert.Equal("  <a&b> “名称” ", cells["B4"].InlineString!.Text!.Text);
        Assert.Equal("=SUM(A1)", cells["B6"].InnerText);
        Assert.Null(cells["B6"].CellFormula);
        Assert.DoesNotContain("B5", cells.Keys);

        var placed = new[] { "C4", "D4", "C5", "D5", "C6" };
        for (var scale = 0; scale < amounts.Count; scale++)
        {
            var cell = cells[placed[scale]];
            Assert.Equal(CellValues.Number, cell.DataType!.Value);
            Assert.Equal(amounts[scale], decimal.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture));
            Assert.Equal(amounts[scale].ToString(CultureInfo.InvariantCulture), cell.CellValue.Text);
            var xf = xfs[(int)cell.StyleIndex!.Value];
            Assert.True(xf.ApplyNumberFormat!.Value);
            Assert.Equal(scale == 0 ? "0" : "0." + new string('0', scale), formats[xf.NumberFormatId!.Value]);
        }

        // Header cells: bold, centred, wrapped, text format.
        var header = xfs[(int)cells["A1"].StyleIndex!.Value];
        Assert.Equal(49u, header.NumberFormatId!.Value);
        Assert.NotNull(styles.Fonts!.Elements<Font>().ElementAt((int)header.FontId!.Value).Bold);
        Assert.Equal(HorizontalAlignmentValues.Center, header.Alignment!.Horizontal!.Value);
        Assert.Equal(VerticalAlignmentValues.Center, header.Alignment.Vertical!.Value);
        Assert.True(header.Alignment.WrapText!.Value);
        Assert.Equal(header, xfs[(int)cells["C2"].StyleIndex!.Value]);
    }

    [Fact]
    public void Merges_and_column_widths_are_as_the_sheet_says()
    {
        var (sheet, _) = Sample("t");
        using var doc = Open(XlsxWriter.Write([sheet]));
        var book = doc.WorkbookPart!;
        var part = (WorksheetPart)book.GetPartById(book.Workbook.Sheets!.Elements<XSheet>().Single().Id!);
        var expected = sheet.Merges.Select(m => $"{XlsxWriter.Reference(m.Row, m.Column)}:{XlsxWriter.Reference(m.Row + m.Rows - 1, m.Column + m.Columns - 1)}").ToList();
        Assert.Contains("A1:D1", expected);
        Assert.Contains("C2:D2", expected);
        Assert.Equal(expected, part.Worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!));
        var column = part.Worksheet.Descendants<Column>().Single();
        Assert.Equal((1u, (uint)sheet.Width, 14d, true), (column.Min!.Value, column.Max!.Value, column.Width!.Value, column.CustomWidth!.Value));
        Assert.Equal(sheet.Rows.Count, part.Worksheet.Descendants<Row>().Count());
    }

    [Fact]
    public void The_same_sheets_give_the_same_bytes_with_fixed_times_and_entry_order()
    {
        var (sheet, _) = Sample("t");
        var sheets = Enumerable.Range(0, 11).Select(i => sheet with { Name = $"s{i}" }).ToList();
        var bytes = XlsxWriter.Write(sheets);
        Assert.Equal(bytes, XlsxWriter.Write(sheets));
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal("[Content_Types].xml", names[0]);
        Assert.Equal(names.Skip(1).Order(StringComparer.Ordinal), names.Skip(1));
        Assert.Contains("xl/worksheets/sheet11.xml", names);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Every_real_table_workbook_validates()
    {
        var d = RealSite.Content.Disclosures.First();
        using var doc = Open(XlsxWriter.Write([.. d.Tables.Select(TableSheet.From)]));
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        Assert.Equal(d.Tables.Count, doc.WorkbookPart!.WorksheetParts.Count());
    }
}
