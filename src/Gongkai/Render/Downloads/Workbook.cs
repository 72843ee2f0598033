using Gongkai.Model;
using Gongkai.Write;

namespace Gongkai.Render.Downloads;

/// <summary>A disclosure's spreadsheets: one XLSX per table beside its CSV, and one workbook with a sheet per table.</summary>
internal static class Workbook
{
    public static string FileName(Disclosure d) => $"{d.UnitId}-{d.Year}.xlsx";

    public static IEnumerable<OutputFile> Files(Disclosure d)
    {
        var sheets = d.Tables.Select(TableSheet.From).ToList();
        foreach (var (table, sheet) in d.Tables.Zip(sheets))
        {
            yield return new OutputFile(Urls.TablePath(d, table.Id) + table.Id + ".xlsx", XlsxWriter.Write([sheet]));
        }

        yield return new OutputFile(Urls.DisclosurePath(d) + FileName(d), XlsxWriter.Write(sheets));
    }
}
