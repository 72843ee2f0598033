using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CsvHelper;
using Gongkai.Model;

namespace Gongkai.Render;

/// <summary>A table as downloadable data: JSON (amounts as published strings, so 28.00 stays 28.00) and CSV.</summary>
internal static class TableData
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static object From(BudgetTable t) => new
    {
        id = t.Id,
        number = t.Number,
        title = t.Title,
        unit = "万元",
        note = t.Note,
        empty = t.Empty,
        sections = t.Sections.Select(s => new
        {
            id = s.Definition.Id,
            caption = s.Definition.Caption,
            columns = s.Columns.Select(c => new { key = c.Key, label = Label(c) }).ToList(),
            rows = s.Rows.Select(r => new
            {
                code = r.Code,
                name = r.Name,
                project = r.Project,
                level = r.Level,
                total = r.IsSumRow,
                amounts = s.Columns.Where(c => r[c.Key] is not null).ToDictionary(c => c.Key, c => r[c.Key]!.Text),
            }).ToList(),
        }).ToList(),
    };

    public static byte[] Json(BudgetTable t) => JsonSerializer.SerializeToUtf8Bytes(From(t), JsonOptions);

    /// <summary>
    /// CSV with a BOM so that spreadsheet programs open the Chinese text correctly. One rectangular sheet:
    /// balance tables put both sections' columns side by side, each row filling its own section's columns.
    /// </summary>
    public static byte[] Csv(BudgetTable t)
    {
        var columns = t.Sections.SelectMany(s => s.Columns.Select(c => (Section: s, Column: c))).ToList();
        var multi = t.Sections.Count > 1;
        using var output = new MemoryStream();
        output.Write(Encoding.UTF8.Preamble);
        using (var csv = CsvWriter.Create(output, new CsvWriterOptions(), leaveOpen: true))
        {
            if (multi)
            {
                csv.WriteField(Text("分栏"));
            }

            csv.WriteField("科目编码");
            csv.WriteField("名称");
            if (t.Kind.HasProjects)
            {
                csv.WriteField("项目名称");
            }

            foreach (var (section, column) in columns)
            {
                csv.WriteField(Text((multi ? section.Definition.Caption + "-" : "") + Label(column) + "（万元）"));
            }

            csv.EndRecord();
            foreach (var section in t.Sections)
            {
                foreach (var row in section.Rows)
                {
                    if (multi)
                    {
                        csv.WriteField(Text(section.Definition.Caption ?? section.Definition.Id));
                    }

                    csv.WriteField(Text(row.Code ?? ""));
                    csv.WriteField(Text(row.Name));
                    if (t.Kind.HasProjects)
                    {
                        csv.WriteField(Text(row.Project ?? ""));
                    }

                    foreach (var (owner, column) in columns)
                    {
                        csv.WriteField(owner == section ? row[column.Key]?.Text ?? "" : "");
                    }

                    csv.EndRecord();
                }
            }
        }

        return output.ToArray();
    }

    /// <summary>
    /// A text cell made inert for spreadsheets (OWASP CSV injection): a leading = + - @ tab or CR would start a
    /// formula (=HYPERLINK(…)), so such a cell gets a leading single quote. Amount cells are numbers, written as
    /// published (-5.00 stays -5.00), and never pass here.
    /// </summary>
    public static string Text(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    public static string Label(ColumnDef c) => c.Group.Count == 0 ? c.Label : $"{string.Join("-", c.Group)}-{c.Label}";
}
