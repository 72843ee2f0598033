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
    /// <summary>The CSV's columns in order, with their Table Schema type and Chinese title: the header and the descriptor's fields both come from here.</summary>
    public static readonly IReadOnlyList<(string Name, string Type, string Title, string? Description)> Fields =
    [
        ("id", "string", "预算行标识", "单位-年度-表-行-栏，全站唯一"),
        ("unit_id", "string", "单位标识", null),
        ("unit_name", "string", "单位名称", null),
        ("region", "string", "地区", null),
        ("fiscal_year", "year", "预算年度", null),
        ("table", "string", "表种", null),
        ("table_number", "integer", "表号", null),
        ("table_title", "string", "表名（照原文）", null),
        ("section", "string", "分栏", null),
        ("column", "string", "栏目", null),
        ("column_label", "string", "栏目名称", null),
        ("direction", "string", "收入或支出", "revenue 或 expenditure"),
        ("functional_code", "string", "支出功能分类科目编码", null),
        ("functional_name", "string", "支出功能分类科目名称", null),
        ("economic_code", "string", "支出经济分类科目编码", null),
        ("economic_name", "string", "支出经济分类科目名称", null),
        ("item", "string", "项目（无科目编码的行）", null),
        ("project", "string", "项目名称（表7 等）", null),
        ("is_total", "boolean", "是否合计行", "合计、小计行为 true；相加时只加 false 的行"),
        ("amount", "number", "金额（万元，照原文小数位）", null),
        ("currency", "string", "币种", null),
        ("phase", "string", "预算阶段", null),
    ];

    /// <summary>The BOM and the header line: a disclosure's file and the site's file start with these bytes.</summary>
    public static readonly byte[] Header = Csv([], header: true, bom: true);

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
        // UTF-8 straight into one buffer (issue 14): no UTF-16 copy of the text, no per-line field array.
        using var output = new MemoryStream();
        if (bom)
        {
            output.Write(Encoding.UTF8.Preamble);
        }

        using (var csv = CsvWriter.Create(output, new CsvWriterOptions(), leaveOpen: true))
        {
            if (header)
            {
                foreach (var f in Fields)
                {
                    csv.WriteField(f.Name);
                }

                csv.EndRecord();
            }

            foreach (var l in lines)
            {
                csv.WriteField(l.Id);
                csv.WriteField(l.UnitId);
                csv.WriteField(TableData.Text(l.UnitName));
                csv.WriteField(TableData.Text(l.Region));
                csv.WriteField(l.Year.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(l.Table);
                csv.WriteField(l.TableNumber.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(TableData.Text(l.TableTitle));
                csv.WriteField(l.Section);
                csv.WriteField(l.Column);
                csv.WriteField(TableData.Text(l.ColumnLabel));
                csv.WriteField(l.Direction);
                csv.WriteField(l.FunctionalCode);
                csv.WriteField(TableData.Text(l.FunctionalName));
                csv.WriteField(l.EconomicCode);
                csv.WriteField(TableData.Text(l.EconomicName));
                csv.WriteField(TableData.Text(l.Item));
                csv.WriteField(TableData.Text(l.Project));
                csv.WriteField(l.IsTotal ? "true" : "false");
                csv.WriteField(l.Amount.ToString(CultureInfo.InvariantCulture));
                csv.WriteField("CNY");
                csv.WriteField("proposed");
                csv.EndRecord();
            }
        }

        return output.ToArray();
    }

    [GeneratedRegex("^e(\\d{3})$")]
    private static partial Regex EconomicColumn();
}
