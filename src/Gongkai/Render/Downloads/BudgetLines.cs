using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using Gongkai.Model;
using Gongkai.Render.Compare;

namespace Gongkai.Render.Downloads;

/// <summary>
/// Every published amount of a disclosure as a budget line (one per table cell), and those lines as the CSV
/// of a Fiscal Data Package. A row's code goes to the functional or economic classification by its section;
/// 表7's columns are economic 类 (e301 = 301 工资福利支出), so their cells carry that economic code too.
/// </summary>
internal static partial class BudgetLines
{
    public static readonly IReadOnlyList<string> Header =
    [
        "id", "unit_id", "unit_name", "region", "fiscal_year", "table", "table_number", "table_title", "section", "column", "column_label",
        "direction", "functional_code", "functional_name", "economic_code", "economic_name", "item", "project", "is_total", "amount", "currency", "phase",
    ];

    public static IEnumerable<BudgetLine> Of(SiteContent content, Unit unit, Disclosure d)
    {
        var index = CodeIndex.For(content);
        var region = content.FindRegion(unit.RegionId)?.Name ?? unit.RegionId;
        foreach (var table in d.Tables)
        {
            foreach (var section in table.Sections)
            {
                var anchors = RowAnchors.For(section);
                var hierarchy = section.Definition.Hierarchy;
                var direction = section.Definition.Id == "income" || table.Id.StartsWith("income", StringComparison.Ordinal) ? "revenue" : "expenditure";
                for (var i = 0; i < section.Rows.Count; i++)
                {
                    var row = section.Rows[i];
                    foreach (var column in section.Columns)
                    {
                        if (row[column.Key] is not { } cell)
                        {
                            continue;
                        }

                        var functional = hierarchy == Hierarchy.Functional ? row.Code ?? "" : "";
                        var economic = hierarchy == Hierarchy.Economic ? row.Code ?? "" : EconomicColumn().Match(column.Key) is { Success: true } m ? m.Groups[1].Value : "";
                        yield return new BudgetLine(
                            $"{d.UnitId}-{d.Year}-{table.Id}-{anchors[i]}-{column.Key}",
                            d.UnitId,
                            unit.Name,
                            region,
                            d.Year,
                            table.Id,
                            table.Number,
                            table.Title,
                            section.Definition.Id,
                            column.Key,
                            TableData.Label(column),
                            direction,
                            functional,
                            functional.Length == 0 ? "" : index.Find(Hierarchy.Functional, functional)?.Name ?? row.Name,
                            economic,
                            economic.Length == 0 ? "" : index.Find(Hierarchy.Economic, economic)?.Name ?? (hierarchy == Hierarchy.Economic ? row.Name : column.Label),
                            row.Code is null ? row.Name : "",
                            row.Project ?? "",
                            row.IsSumRow,
                            cell.Value);
                    }
                }
            }
        }
    }

    /// <summary>The lines as CSV (UTF-8 with BOM, header first unless <paramref name="header"/> is false, for concatenation).</summary>
    public static byte[] Csv(IEnumerable<BudgetLine> lines, bool header = true, bool bom = true)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(writer, new CsvWriterOptions(), leaveOpen: true))
        {
            if (header)
            {
                foreach (var h in Header)
                {
                    csv.WriteField(h);
                }

                csv.EndRecord();
            }

            foreach (var l in lines)
            {
                foreach (var field in new[]
                {
                    l.Id, l.UnitId, TableData.Text(l.UnitName), TableData.Text(l.Region), l.Year.ToString(CultureInfo.InvariantCulture), l.Table,
                    l.TableNumber.ToString(CultureInfo.InvariantCulture), TableData.Text(l.TableTitle), l.Section, l.Column, TableData.Text(l.ColumnLabel),
                    l.Direction, l.FunctionalCode, TableData.Text(l.FunctionalName), l.EconomicCode, TableData.Text(l.EconomicName), TableData.Text(l.Item),
                    TableData.Text(l.Project), l.IsTotal ? "true" : "false", l.Amount.ToString(CultureInfo.InvariantCulture), "CNY", "proposed",
                })
                {
                    csv.WriteField(field);
                }

                csv.EndRecord();
            }
        }

        var text = Encoding.UTF8.GetBytes(writer.ToString());
        return bom ? [.. Encoding.UTF8.GetPreamble(), .. text] : text;
    }

    [GeneratedRegex("^e(\\d{3})$")]
    private static partial Regex EconomicColumn();
}
