using System.Globalization;
using System.Text;
using CsvHelper;

namespace Gongkai.Render.Downloads;

/// <summary>
/// A sheet as CSV for Excel on Chinese Windows: UTF-8 with a BOM (without it Excel reads GBK and garbles the
/// text), text cells through <see cref="TableData.Text"/> (no formula injection), amounts as published.
/// Codes stay plain digits: a classification code never starts with 0 and has at most 7 digits, so a
/// spreadsheet that reads it as a number still shows every digit; the XLSX download keeps it as text.
/// </summary>
internal static class SheetCsv
{
    public static byte[] Write(Sheet sheet)
    {
        using var output = new MemoryStream();
        output.Write(Encoding.UTF8.Preamble);
        using (var csv = CsvWriter.Create(output, new CsvWriterOptions(), leaveOpen: true))
        {
            var width = sheet.Width;
            foreach (var row in sheet.Rows)
            {
                for (var c = 0; c < width; c++)
                {
                    var cell = c < row.Count ? row[c] : null;
                    csv.WriteField(cell switch
                    {
                        null => "",
                        { Amount: { } amount } => amount.ToString(CultureInfo.InvariantCulture),
                        _ => TableData.Text(cell.Text ?? ""),
                    });
                }

                csv.EndRecord();
            }
        }

        return output.ToArray();
    }
}
