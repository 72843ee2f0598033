using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Validate;

/// <summary>Rules over a disclosure's shape: mandatory tables present, empty tables really empty.</summary>
internal static class StructureRules
{
    public static void Check(SiteContent content, Disclosure disclosure, DiagnosticBag diagnostics)
    {
        foreach (var kind in content.Kinds.Where(k => k.Required))
        {
            if (disclosure.Tables.All(t => t.Kind.Id != kind.Id))
            {
                diagnostics.Error(DiagnosticCodes.MissingTable, SourceSpan.WholeFile($"{disclosure.Folder}/tables"),
                    $"缺少必须公开的“{kind.Title}”；请添加 tables/{kind.Id}.yml（没有数据时写 empty: true 和原文的“为空表”说明）");
            }
        }

        foreach (var table in disclosure.Tables)
        {
            if (table.Empty && table.AllRows.Any(r => r.Cells.Count > 0))
            {
                diagnostics.Error(DiagnosticCodes.WrongType, table.Span, $"表{table.Number} 标为 empty: true，但有金额；请删除金额或去掉 empty");
            }

            if (table.Empty && table.Note is null)
            {
                diagnostics.Error(DiagnosticCodes.MissingField, table.Span, $"表{table.Number} 为空表，但没有 note；请照原文写上“……为空表”的说明");
            }
        }
    }
}
