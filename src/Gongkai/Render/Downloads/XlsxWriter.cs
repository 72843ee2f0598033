using System.Globalization;
using System.Text;
using System.Xml;

namespace Gongkai.Render.Downloads;

/// <summary>
/// Writes sheets as an XLSX workbook: the six SpreadsheetML parts written by hand with <see cref="XmlWriter"/>
/// straight into a <see cref="DeterministicZip"/>. Not the Open XML SDK: its System.IO.Packaging stamps every
/// entry with the current time, so each workbook had to be unzipped and re-zipped, and DOM plus repack were a
/// quarter of the build's CPU at 1,000 unit-years (issue 14). The SDK stays in the tests, as the reader and
/// validator of these bytes. Amounts are numbers whose cell format shows the published decimals (0, 0.0,
/// 0.00 …); codes and names are text cells in the text format (@), so Excel never turns 2060501 into a
/// number or 30101 into a date. Relationship ids are fixed and nothing holds a time: same sheets, same bytes.
/// </summary>
internal static class XlsxWriter
{
    private const int MaxScale = 4;

    // Style indexes in the cellXfs written by Styles(): 0 default, 1 text, 2 header, 3.. one per decimal scale.
    private const int TextStyle = 1, HeaderStyle = 2, FirstNumberStyle = 3;

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    private static readonly string[] StyleIndexes = [.. Enumerable.Range(0, FirstNumberStyle + MaxScale + 1).Select(i => i.ToString(CultureInfo.InvariantCulture))];

    public static byte[] Write(IReadOnlyList<Sheet> sheets)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sheetNames = sheets.Select(s => SheetName(s.Name, names)).ToList();
        var parts = new List<(string Name, Action<Stream> Write)>
        {
            ("_rels/.rels", s => Xml(s, w => Relationships(w, [("rIdWorkbook", OfficeRelationships + "/officeDocument", "xl/workbook.xml")]))),
            ("xl/_rels/workbook.xml.rels", s => Xml(s, w => Relationships(w, [
                ("rIdStyles", OfficeRelationships + "/styles", "styles.xml"),
                .. sheets.Select((_, i) => ($"rIdSheet{i + 1}", OfficeRelationships + "/worksheet", $"worksheets/sheet{i + 1}.xml"))]))),
            ("xl/styles.xml", s => Xml(s, Styles)),
            ("xl/workbook.xml", s => Xml(s, w => Workbook(w, sheetNames))),
        };
        parts.AddRange(sheets.Select((sheet, i) => ($"xl/worksheets/sheet{i + 1}.xml", (Action<Stream>)(s => Xml(s, w => Worksheet(w, sheet))))));

        // [Content_Types].xml first (as Office writes it), then by ordinal name: the order is part of the bytes.
        return DeterministicZip.Create(parts.OrderBy(p => p.Name, StringComparer.Ordinal)
            .Prepend(("[Content_Types].xml", s => Xml(s, w => Types(w, sheets.Count)))));
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

    /// <summary>A1-style reference of a 0-based row and column.</summary>
    public static string Reference(int row, int column) => ColumnName(column) + (row + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The number format of an amount with <paramref name="scale"/> published decimals.</summary>
    public static string NumberFormat(int scale) => scale == 0 ? "0" : "0." + new string('0', scale);

    private static string ColumnName(int column)
    {
        var letters = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + (c - 1) % 26) + letters;
        }

        return letters;
    }

    private static void Xml(Stream stream, Action<XmlWriter> body)
    {
        using var writer = XmlWriter.Create(stream, Settings);
        writer.WriteStartDocument(standalone: true);
        body(writer);
        writer.WriteEndDocument();
    }

    private static void Types(XmlWriter w, int sheetCount)
    {
        w.WriteStartElement("Types", ContentTypes);
        Default(w, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(w, "xml", "application/xml");
        Override(w, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        Override(w, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        for (var i = 1; i <= sheetCount; i++)
        {
            Override(w, $"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        }

        w.WriteEndElement();

        static void Default(XmlWriter w, string extension, string type)
        {
            w.WriteStartElement("Default", ContentTypes);
            w.WriteAttributeString("Extension", extension);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }

        static void Override(XmlWriter w, string part, string type)
        {
            w.WriteStartElement("Override", ContentTypes);
            w.WriteAttributeString("PartName", part);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }
    }

    private static void Relationships(XmlWriter w, IEnumerable<(string Id, string Type, string Target)> relationships)
    {
        w.WriteStartElement("Relationships", RelationshipsNs);
        foreach (var (id, type, target) in relationships)
        {
            w.WriteStartElement("Relationship", RelationshipsNs);
            w.WriteAttributeString("Id", id);
            w.WriteAttributeString("Type", type);
            w.WriteAttributeString("Target", target);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void Workbook(XmlWriter w, IReadOnlyList<string> sheetNames)
    {
        w.WriteStartElement("workbook", Main);
        w.WriteAttributeString("xmlns", "r", null, OfficeRelationships);
        w.WriteStartElement("sheets", Main);
        for (var i = 0; i < sheetNames.Count; i++)
        {
            w.WriteStartElement("sheet", Main);
            w.WriteAttributeString("name", sheetNames[i]);
            w.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("id", OfficeRelationships, $"rIdSheet{i + 1}");
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Worksheet(XmlWriter w, Sheet sheet)
    {
        w.WriteStartElement("worksheet", Main);
        var width = sheet.Width;
        if (width > 0)
        {
            // Wide enough for a code or an amount; the name column wider for Chinese item names.
            w.WriteStartElement("cols", Main);
            w.WriteStartElement("col", Main);
            w.WriteAttributeString("min", "1");
            w.WriteAttributeString("max", width.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("width", "14");
            w.WriteAttributeString("customWidth", "1");
            w.WriteEndElement();
            w.WriteEndElement();
        }

        // Column letters once per sheet, not per cell.
        var columns = new string[width];
        for (var c = 0; c < width; c++)
        {
            columns[c] = ColumnName(c);
        }

        w.WriteStartElement("sheetData", Main);
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var number = (r + 1).ToString(CultureInfo.InvariantCulture);
            w.WriteStartElement("row", Main);
            w.WriteAttributeString("r", number);
            var cells = sheet.Rows[r];
            for (var c = 0; c < cells.Count; c++)
            {
                if (cells[c] is { } cell)
                {
                    Cell(w, cell, columns[c], number);
                }
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        if (sheet.Merges.Count > 0)
        {
            w.WriteStartElement("mergeCells", Main);
            w.WriteAttributeString("count", sheet.Merges.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var m in sheet.Merges)
            {
                w.WriteStartElement("mergeCell", Main);
                w.WriteAttributeString("ref", $"{Reference(m.Row, m.Column)}:{Reference(m.Row + m.Rows - 1, m.Column + m.Columns - 1)}");
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void Cell(XmlWriter w, SheetCell cell, string column, string row)
    {
        w.WriteStartElement("c", Main);
        w.WriteStartAttribute("r");
        w.WriteString(column);
        w.WriteString(row);
        w.WriteEndAttribute();
        if (cell.Amount is { } amount)
        {
            // The value keeps the published scale (28.00), the style shows it.
            w.WriteAttributeString("s", StyleIndexes[FirstNumberStyle + Math.Min((int)amount.Scale, MaxScale)]);
            w.WriteAttributeString("t", "n");
            w.WriteStartElement("v", Main);
            w.WriteString(amount.ToString(CultureInfo.InvariantCulture));
            w.WriteEndElement();
        }
        else
        {
            w.WriteAttributeString("s", StyleIndexes[cell.Header ? HeaderStyle : TextStyle]);
            w.WriteAttributeString("t", "inlineStr");
            w.WriteStartElement("is", Main);
            w.WriteStartElement("t", Main);
            w.WriteAttributeString("xml", "space", null, "preserve");
            w.WriteString(cell.Text ?? "");
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void Styles(XmlWriter w)
    {
        w.WriteStartElement("styleSheet", Main);
        w.WriteStartElement("numFmts", Main);
        w.WriteAttributeString("count", (MaxScale + 1).ToString(CultureInfo.InvariantCulture));
        for (var s = 0; s <= MaxScale; s++)
        {
            w.WriteStartElement("numFmt", Main);
            w.WriteAttributeString("numFmtId", (164 + s).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("formatCode", NumberFormat(s));
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteStartElement("fonts", Main);
        w.WriteAttributeString("count", "2");
        w.WriteStartElement("font", Main);
        w.WriteEndElement();
        w.WriteStartElement("font", Main);
        w.WriteStartElement("b", Main);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("fills", Main);
        w.WriteAttributeString("count", "2");
        foreach (var pattern in new[] { "none", "gray125" })
        {
            w.WriteStartElement("fill", Main);
            w.WriteStartElement("patternFill", Main);
            w.WriteAttributeString("patternType", pattern);
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteStartElement("borders", Main);
        w.WriteAttributeString("count", "1");
        w.WriteStartElement("border", Main);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("cellStyleXfs", Main);
        w.WriteAttributeString("count", "1");
        Xf(w, 0);
        w.WriteEndElement();
        w.WriteStartElement("cellXfs", Main);
        w.WriteAttributeString("count", (FirstNumberStyle + MaxScale + 1).ToString(CultureInfo.InvariantCulture));
        Xf(w, 0);
        Xf(w, 49);
        Xf(w, 49, header: true);
        for (var s = 0; s <= MaxScale; s++)
        {
            Xf(w, 164 + s);
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }

    /// <summary>A cell format: number format <paramref name="format"/> (0 = General); the header one bold, centred and wrapped.</summary>
    private static void Xf(XmlWriter w, int format, bool header = false)
    {
        w.WriteStartElement("xf", Main);
        if (format != 0)
        {
            w.WriteAttributeString("numFmtId", format.ToString(CultureInfo.InvariantCulture));
            if (header)
            {
                w.WriteAttributeString("fontId", "1");
            }

            w.WriteAttributeString("applyNumberFormat", "1");
            if (header)
            {
                w.WriteAttributeString("applyFont", "1");
                w.WriteAttributeString("applyAlignment", "1");
                w.WriteStartElement("alignment", Main);
                w.WriteAttributeString("horizontal", "center");
                w.WriteAttributeString("vertical", "center");
                w.WriteAttributeString("wrapText", "1");
                w.WriteEndElement();
            }
        }

        w.WriteEndElement();
    }
}
