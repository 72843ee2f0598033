using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Render.Downloads;

/// <summary>
/// Writes sheets as an XLSX workbook with the Open XML SDK (DocumentFormat.OpenXml). Chosen over ClosedXML
/// (only 0.95.4 is served here, years old) and MiniExcel (no merged header cells, no per-cell number formats):
/// the SDK is Microsoft's own, MIT, and writes exactly the parts asked for — no document properties with
/// creation times — so the package re-packed by <see cref="DeterministicZip"/> is byte-identical across builds.
/// Amounts are numbers whose cell format shows the published decimals (0, 0.0, 0.00 …); codes and names are
/// text cells in the text format (@), so Excel never turns 2060501 into a number or 30101 into a date.
/// </summary>
internal static class XlsxWriter
{
    private const int MaxScale = 4;

    // Style indexes in the cellXfs written by Styles(): 0 default, 1 text, 2 header, 3.. one per decimal scale.
    private const uint TextStyle = 1, HeaderStyle = 2, FirstNumberStyle = 3;

    public static byte[] Write(IReadOnlyList<Sheet> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            // Every relationship id is given, not generated: the SDK generates random ones ("R699d076b…").
            var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
            workbookPart.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
            stylesPart.Stylesheet = Styles();
            var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < sheets.Count; i++)
            {
                var relId = $"rIdSheet{i + 1}";
                var part = workbookPart.AddNewPart<WorksheetPart>(relId);
                part.Worksheet = Worksheet(sheets[i]);
                sheetList.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = relId, SheetId = (uint)(i + 1), Name = SheetName(sheets[i].Name, names) });
            }
        }

        return DeterministicZip.Repack(stream.ToArray());
    }

    /// <summary>Excel's rules for sheet names: at most 31 characters, none of []:*?/\, unique ignoring case.</summary>
    public static string SheetName(string name, HashSet<string> taken)
    {
        var clean = new string([.. name.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? '_' : c)]).Trim('\'');
        clean = clean.Length > 31 ? clean[..31] : clean;
        var candidate = clean.Length == 0 ? "Sheet" : clean;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            var suffix = $"({n})";
            candidate = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }

        return candidate;
    }

    private static Worksheet Worksheet(Sheet sheet)
    {
        var data = new SheetData();
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            var cells = sheet.Rows[r];
            for (var c = 0; c < cells.Count; c++)
            {
                if (cells[c] is { } cell)
                {
                    row.Append(Cell(cell, Reference(r, c)));
                }
            }

            data.Append(row);
        }

        var worksheet = new Worksheet();
        var width = sheet.Width;
        if (width > 0)
        {
            // Wide enough for a code or an amount; the name column wider for Chinese item names.
            var columns = new Columns();
            columns.Append(new Column { Min = 1, Max = (uint)width, Width = 14, CustomWidth = true });
            worksheet.Append(columns);
        }

        worksheet.Append(data);
        if (sheet.Merges.Count > 0)
        {
            var merges = new MergeCells();
            foreach (var m in sheet.Merges)
            {
                merges.Append(new MergeCell { Reference = $"{Reference(m.Row, m.Column)}:{Reference(m.Row + m.Rows - 1, m.Column + m.Columns - 1)}" });
            }

            worksheet.Append(merges);
        }

        return worksheet;
    }

    private static DocumentFormat.OpenXml.Spreadsheet.Cell Cell(SheetCell cell, string reference)
    {
        if (cell.Amount is { } amount)
        {
            return new DocumentFormat.OpenXml.Spreadsheet.Cell
            {
                CellReference = reference,
                CellValue = new CellValue(amount.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                DataType = CellValues.Number,
                StyleIndex = FirstNumberStyle + (uint)Math.Min((int)amount.Scale, MaxScale),
            };
        }

        return new DocumentFormat.OpenXml.Spreadsheet.Cell(new InlineString(new Text(cell.Text ?? "") { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            StyleIndex = cell.Header ? HeaderStyle : TextStyle,
        };
    }

    /// <summary>A1-style reference of a 0-based row and column.</summary>
    public static string Reference(int row, int column)
    {
        var letters = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + (c - 1) % 26) + letters;
        }

        return letters + (row + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The number format of an amount with <paramref name="scale"/> published decimals.</summary>
    public static string NumberFormat(int scale) => scale == 0 ? "0" : "0." + new string('0', scale);

    private static Stylesheet Styles()
    {
        var formats = new NumberingFormats();
        for (var s = 0; s <= MaxScale; s++)
        {
            formats.Append(new NumberingFormat { NumberFormatId = (uint)(164 + s), FormatCode = NumberFormat(s) });
        }

        var fonts = new Fonts(new Font(), new Font(new Bold()));
        var fills = new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        var borders = new Borders(new Border());
        var xfs = new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true })
            {
                NumberFormatId = 49,
                FontId = 1,
                ApplyFont = true,
                ApplyAlignment = true,
                ApplyNumberFormat = true,
            });
        for (var s = 0; s <= MaxScale; s++)
        {
            xfs.Append(new CellFormat { NumberFormatId = (uint)(164 + s), ApplyNumberFormat = true });
        }

        return new Stylesheet(formats, fonts, fills, borders, new CellStyleFormats(new CellFormat()), xfs);
    }
}
