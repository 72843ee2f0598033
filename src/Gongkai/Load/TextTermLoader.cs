using Gongkai.Diagnostics;
using Gongkai.Model;
using YamlDotNet.RepresentationModel;

namespace Gongkai.Load;

/// <summary>
/// Reads the <c>text_terms:</c> list of table-kinds.yml: the words of the standard explanations that name a figure
/// of the tables. Figures are written as in <c>identities:</c>; every table, section and column must be declared.
/// </summary>
internal static class TextTermLoader
{
    public static List<TextTerm> Read(YamlSequenceNode? sequence, string file, IReadOnlyList<TableKind> kinds, DiagnosticBag diagnostics) =>
        ListReader.ReadUnique(sequence, file, diagnostics, "说明用语（text_terms）", r => ReadTerm(r, kinds), t => t.Id, t => t.Span, "说明用语");

    private static TextTerm? ReadTerm(MappingReader r, IReadOnlyList<TableKind> kinds)
    {
        var id = r.String("id", required: true);
        var sections = r.Strings("section", required: true);
        var notSections = r.Strings("not_section");
        var words = r.Strings("words");
        var figures = r.Sequence("figures") is { } list
            ? ListReader.Read(list, r.File, r.Diagnostics, "说明用语所指的数", f => IdentityLoader.ReadFigure(f, kinds, perCode: false))
            : [];
        var shareOf = r.Sequence("share_of") is { } wholes
            ? ListReader.Read(wholes, r.File, r.Diagnostics, "说明用语所占的总额", f => IdentityLoader.ReadFigure(f, kinds, perCode: false))
            : [];
        string? rowsOf = null, rowsColumn = null;
        var byPath = false;
        if (r.Mapping("rows_of") is { } rows)
        {
            rowsOf = rows.String("table", required: true, what: "表种 id");
            rowsColumn = rows.String("column");
            byPath = rows.Bool("by_path");
            rows.ReportUnknown("说明用语的 rows_of");
            if (rowsOf is not null && kinds.FirstOrDefault(k => k.Id == rowsOf) is var kind
                && (kind is null || (rowsColumn is not null && kind.Sections.SelectMany(s => s.Columns).All(c => c.Key != rowsColumn))))
            {
                r.Diagnostics.Error(DiagnosticCodes.UnknownReference, rows.Span,
                    kind is null ? $"rows_of 引用了未声明的表种 “{rowsOf}”" : $"表种 {rowsOf} 没有栏目 “{rowsColumn}”；可用：{string.Join("、", kind.Sections.SelectMany(s => s.Columns).Select(c => c.Key))}");
                return null;
            }
        }

        r.ReportUnknown("说明用语");
        if ((words.Count == 0 || figures.Count == 0) && rowsOf is null)
        {
            r.Diagnostics.Error(DiagnosticCodes.MissingField, r.Span, "说明用语要写 words 与 figures（所指的数），或写 rows_of（以某表各行的名称为用语）");
            return null;
        }

        return id is null || sections.Count == 0
            ? null
            : new TextTerm(id, sections, words, figures, r.Span) { NotSections = notSections, RowsOf = rowsOf, RowsColumn = rowsColumn, RowsByPath = byPath, ShareOf = shareOf };
    }
}
