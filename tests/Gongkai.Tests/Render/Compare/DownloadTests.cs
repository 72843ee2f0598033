using System.Globalization;
using System.IO.Compression;
using System.Text.Json.Nodes;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Cell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using Gongkai.Model;
using Gongkai.Tests.Support;
using Json.Schema;

namespace Gongkai.Tests.Render.Compare;

/// <summary>Issue 12: XLSX, CSV and Fiscal Data Package downloads, read back and compared with the content.</summary>
public sealed class DownloadTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static SiteContent Content => RealSite.Content;

    private byte[] Bytes(string path) => File.ReadAllBytes(Path.Combine(site.Site, path));

    /// <summary>Every cell of a worksheet by reference: (text or number, number format code).</summary>
    private static Dictionary<string, (string Value, bool Number, string Format)> Cells(WorkbookPart book, WorksheetPart sheet)
    {
        var formats = book.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!);
        var xfs = book.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        return sheet.Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, c =>
        {
            var number = c.DataType?.Value == CellValues.Number;
            var format = xfs[(int)(c.StyleIndex?.Value ?? 0)].NumberFormatId?.Value ?? 0;
            return (number ? c.CellValue!.Text : c.InnerText, number, formats.GetValueOrDefault(format, format == 49 ? "@" : ""));
        });
    }

    [Fact]
    public void Every_table_xlsx_holds_every_published_amount_as_a_number_at_its_scale_and_codes_as_text()
    {
        var checkedCells = 0;
        foreach (var d in Content.Disclosures)
        {
            foreach (var table in d.Tables)
            {
                using var doc = SpreadsheetDocument.Open(new MemoryStream(Bytes($"units/{d.UnitId}/{d.Year}/tables/{table.Id}/{table.Id}.xlsx")), false);
                var book = doc.WorkbookPart!;
                var sheet = (WorksheetPart)book.GetPartById(book.Workbook.Sheets!.Elements<Sheet>().Single().Id!);
                var cells = Cells(book, sheet);
                var texts = cells.Values.Where(c => !c.Number).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
                var numbers = cells.Values.Where(c => c.Number).Select(c => (c.Value, c.Format)).ToList();
                Assert.Contains($"表{table.Number} {table.Title}（单位：万元）", texts);
                foreach (var row in table.AllRows)
                {
                    if (row.Code is not null)
                    {
                        Assert.Contains(row.Code, texts);
                    }

                    foreach (var cell in row.Cells.Values)
                    {
                        var format = cell.Scale == 0 ? "0" : "0." + new string('0', cell.Scale);
                        Assert.Contains((cell.Text, format), numbers);
                        checkedCells++;
                    }
                }

                Assert.Equal(table.AllRows.Sum(r => r.Cells.Count), numbers.Count);
            }
        }

        Assert.True(checkedCells > 1000, $"{checkedCells} cells");
    }

    [Fact]
    public void Header_groups_are_merged_as_published_and_the_workbook_has_a_sheet_per_table()
    {
        var d = Content.Disclosures.Single(x => x.UnitId == "changji-science-bureau");
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Bytes($"units/{d.UnitId}/{d.Year}/{d.UnitId}-{d.Year}.xlsx")), false);
        var book = doc.WorkbookPart!;
        var sheets = book.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(d.Tables.Select(t => $"表{t.Number} {t.Title}"[..Math.Min(31, $"表{t.Number} {t.Title}".Length)]), sheets.Select(s => s.Name!.Value));
        // 表2 收入总体情况表: “财政拨款（补助）” spans its published sub-columns in one merged header cell.
        var income = d.Tables.Single(t => t.Id == "income-summary");
        var span = income.Sections[0].Columns.Count(c => c.Group.Count > 0 && c.Group[0] == "财政拨款（补助）");
        Assert.True(span > 1);
        var part = (WorksheetPart)book.GetPartById(sheets[d.Tables.ToList().IndexOf(income)].Id!);
        var cells = Cells(book, part);
        var at = cells.Single(c => c.Value.Value == "财政拨款（补助）").Key;
        var merge = part.Worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!).Single(r => r.StartsWith(at + ":", StringComparison.Ordinal));
        static int Column(string reference) => reference.TakeWhile(char.IsLetter).Aggregate(0, (n, ch) => n * 26 + ch - 'A' + 1);
        Assert.Equal(span, Column(merge.Split(':')[1]) - Column(at) + 1);
    }

    [Fact]
    public void Xlsx_and_the_archive_carry_no_clock_time_so_rebuilds_are_byte_identical()
    {
        foreach (var path in new[] { "units/changji-science-bureau/2025/changji-science-bureau-2025.xlsx", "data/gongkai-data.zip", "codes/functional/206/206.xlsx" })
        {
            using var zip = new ZipArchive(new MemoryStream(Bytes(path)), ZipArchiveMode.Read);
            Assert.NotEmpty(zip.Entries);
            Assert.All(zip.Entries, e => Assert.Equal(1980, e.LastWriteTime.Year));
            if (path.EndsWith(".xlsx", StringComparison.Ordinal))
            {
                // [Content_Types].xml first, then by name: the order never depends on the SDK's part dictionary.
                Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
                Assert.Equal(zip.Entries.Skip(1).Select(e => e.FullName).Order(StringComparer.Ordinal), zip.Entries.Skip(1).Select(e => e.FullName));
            }
        }

        var d = Content.Disclosures.First();
        var again = Gongkai.Render.Downloads.XlsxWriter.Write([.. d.Tables.Select(Gongkai.Render.Downloads.TableSheet.From)]);
        Assert.Equal(Bytes($"units/{d.UnitId}/{d.Year}/{d.UnitId}-{d.Year}.xlsx"), again);
    }

    [Fact]
    public void The_table_csv_opens_in_excel_on_chinese_windows_and_reads_back_with_csvhelper()
    {
        var d = Content.Disclosures.Single(x => x.UnitId == "urumqi-sti-info-center");
        var table = d.Tables.Single(t => t.Id == "expenditure-summary");
        var bytes = Bytes($"units/{d.UnitId}/{d.Year}/tables/{table.Id}/{table.Id}.csv");
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = ReadCsv(bytes).Skip(1).Select(r => (r[0], r[2])).ToList();

        Assert.Equal(table.Sections[0].Rows.Select(r => (r.Code ?? "", r["total"]?.Text ?? "")), rows);
    }

    // JsonSchema.Net 8 registers a schema by its $id once per process, so it is read once.
    private static readonly Lazy<JsonSchema> FiscalDataPackage = new(() => JsonSchema.FromText(File.ReadAllText(Repo.Path("tests/Gongkai.Tests/Render/Compare/fiscal-data-package.schema.json"))));

    private static JsonSchema Schema() => FiscalDataPackage.Value;

    /// <summary>JsonSchema.Net 8 evaluates a JsonElement; the tests edit descriptors as JsonNode.</summary>
    private static System.Text.Json.JsonElement Element(JsonNode node) => System.Text.Json.JsonDocument.Parse(node.ToJsonString()).RootElement;

    private static void AssertValid(JsonNode descriptor)
    {
        var result = Schema().Evaluate(Element(descriptor), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        var fields = descriptor["resources"]![0]!["schema"]!["fields"]!.AsArray().Select(f => (string)f!["name"]!).ToHashSet(StringComparer.Ordinal);
        var sources = descriptor["model"]!["dimensions"]!.AsObject().SelectMany(d => d.Value!["attributes"]!.AsObject().Select(a => (string)a.Value!["source"]!))
            .Append((string)descriptor["model"]!["measures"]!["amount"]!["source"]!);
        Assert.All(sources, s => Assert.Contains(s, fields));
        Assert.Equal("CNY", (string?)descriptor["model"]!["measures"]!["amount"]!["currency"]);
        Assert.Equal("proposed", (string?)descriptor["model"]!["measures"]!["amount"]!["phase"]);
    }

    [Fact]
    public void A_descriptor_missing_the_currency_or_with_an_unknown_phase_fails_the_schema()
    {
        var descriptor = JsonNode.Parse(Bytes("data/datapackage.json"))!;
        descriptor["model"]!["measures"]!["amount"]!["phase"] = "planned";
        Assert.False(Schema().Evaluate(Element(descriptor)).IsValid);
        descriptor["model"]!["measures"]!["amount"]!["phase"] = "proposed";
        Assert.True(Schema().Evaluate(Element(descriptor)).IsValid);
        descriptor["model"]!["measures"]!["amount"]!.AsObject().Remove("currency");
        Assert.False(Schema().Evaluate(Element(descriptor)).IsValid);
    }

    [Fact]
    public void Every_data_package_is_valid_and_every_line_is_a_published_amount_with_a_unique_id()
    {
        var site = ReadLines("data/budget-lines.csv");
        AssertValid(JsonNode.Parse(Bytes("data/datapackage.json"))!);
        Assert.Equal(site.Count, site.Select(l => l["id"]).Distinct(StringComparer.Ordinal).Count());
        var total = 0;
        foreach (var d in Content.Disclosures)
        {
            var folder = $"units/{d.UnitId}/{d.Year}/";
            var package = JsonNode.Parse(Bytes(folder + "datapackage.json"))!;
            AssertValid(package);
            Assert.Equal($"{d.Year}-01-01", (string?)package["fiscalPeriod"]!["start"]);
            var lines = ReadLines(folder + "budget-lines.csv");
            var expected = d.Tables.SelectMany(t => t.Sections.SelectMany(s => s.Rows.SelectMany(r => s.Columns.Where(c => r[c.Key] is not null)
                .Select(c => $"{t.Id}|{s.Definition.Id}|{r.Code ?? r.Name}|{c.Key}|{r[c.Key]!.Text}")))).Order(StringComparer.Ordinal).ToList();
            var actual = lines.Select(l => $"{l["table"]}|{l["section"]}|{(l["functional_code"] + l["economic_code"] is { Length: > 0 } && !l["column"].StartsWith('e') ? l["functional_code"] + l["economic_code"] : l["item"].Length > 0 ? l["item"] : l["functional_code"])}|{l["column"]}|{l["amount"]}")
                .Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, actual);
            Assert.All(lines, l => Assert.Equal(("CNY", "proposed", d.Year.ToString(CultureInfo.InvariantCulture)), (l["currency"], l["phase"], l["fiscal_year"])));
            total += lines.Count;
        }

        Assert.Equal(total, site.Count);
        // 表7 columns are economic 类: a cell of e302 carries economic code 302.
        Assert.Contains(site, l => l["table"] == "general-budget-project" && l["column"] == "e302" && l["economic_code"] == "302" && l["functional_code"].Length == 7);
    }

    private List<Dictionary<string, string>> ReadLines(string path)
    {
        var bytes = Bytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = ReadCsv(bytes);
        var header = rows[0];
        var lines = rows.Skip(1).Select(r => header.Select((h, i) => (h, r[i])).ToDictionary(x => x.h, x => x.Item2, StringComparer.Ordinal)).ToList();
        return lines;
    }

    /// <summary>Every record of a CSV with a UTF-8 BOM, read with CsvHelper (the header is the first record).</summary>
    private static List<string[]> ReadCsv(byte[] bytes)
    {
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var csv = CsvReader.Create(new MemoryStream(bytes[3..]), new CsvReaderOptions { HasHeader = false }, false);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
        }

        return rows;
    }
}
