using Gongkai.Diagnostics;
using Gongkai.Model;
using YamlDotNet.RepresentationModel;

namespace Gongkai.Load;

/// <summary>
/// Reads the <c>identities:</c> list of table-kinds.yml: cross-table identities of one disclosure, each side a
/// figure or a list of figures to sum. Every table, section and column named must be declared above.
/// </summary>
internal static class IdentityLoader
{
    public static List<CrossTableIdentity> Read(YamlSequenceNode? sequence, string file, IReadOnlyList<TableKind> kinds, DiagnosticBag diagnostics) =>
        ListReader.ReadUnique(sequence, file, diagnostics, "勾稽关系（identities）", r => ReadIdentity(r, kinds), i => i.Id, i => i.Span, "表间勾稽关系");

    private static CrossTableIdentity? ReadIdentity(MappingReader r, IReadOnlyList<TableKind> kinds)
    {
        var id = r.String("id", required: true);
        var description = r.String("description", required: true, what: "中文说明");
        var perCode = r.Bool("per_code");
        var relation = r.String("relation") ?? "=";
        if (relation is not ("=" or ">="))
        {
            r.Diagnostics.Error(DiagnosticCodes.WrongType, r.SpanOfValue("relation"), $"relation “{relation}” 不认识；只能写 = 或 >=（左边可以大于右边）");
            return null;
        }

        var left = ReadSide(r, "left", kinds, perCode);
        var right = ReadSide(r, "right", kinds, perCode);
        r.ReportUnknown("表间勾稽关系");
        if (perCode && (left?.Count > 1 || right?.Count > 1))
        {
            r.Diagnostics.Error(DiagnosticCodes.WrongType, r.Span, "per_code 的勾稽关系两边各只能有一个数（表和栏目），不能是列表");
            return null;
        }

        return id is null || description is null || left is null || right is null
            ? null
            : new CrossTableIdentity(id, description, left, right, r.Span) { PerCode = perCode, Relation = relation };
    }

    /// <summary>A side is one figure (a mapping) or a list of figures whose sum is compared.</summary>
    private static List<Figure>? ReadSide(MappingReader r, string key, IReadOnlyList<TableKind> kinds, bool perCode)
    {
        var node = r.Node(key, required: true);
        switch (node)
        {
            case null:
                return null;
            case YamlSequenceNode list:
                var figures = ListReader.Read(list, r.File, r.Diagnostics, $"“{key}” 的数", f => ReadFigure(f, kinds, perCode));
                return figures.Count == list.Children.Count && figures.Count > 0 ? figures : null;
            default:
                var reader = MappingReader.From(node, r.File, r.Diagnostics, $"“{key}” ");
                return reader is not null && ReadFigure(reader, kinds, perCode) is { } figure ? [figure] : null;
        }
    }

    internal static Figure? ReadFigure(MappingReader f, IReadOnlyList<TableKind> kinds, bool perCode)
    {
        var table = f.String("table", required: true, what: "表种 id");
        var section = f.String("section") ?? "main";
        var role = f.String("role");
        var code = f.String("code");
        var names = f.Node("name") is YamlSequenceNode ? f.Strings("name") : f.String("name") is { } one ? [one] : [];
        var column = f.String("column", required: true, what: "栏目 key");
        f.ReportUnknown("表间勾稽关系的数");
        if (role is not null and not "total")
        {
            f.Diagnostics.Error(DiagnosticCodes.WrongType, f.SpanOfValue("role"), $"role “{role}” 不认识；只能写 total（合计／总计行）");
            return null;
        }

        var selectors = (role is null ? 0 : 1) + (code is null ? 0 : 1) + (names.Count == 0 ? 0 : 1);
        if (perCode && selectors != 0)
        {
            f.Diagnostics.Error(DiagnosticCodes.WrongType, f.Span, "per_code 的勾稽关系对每个科目编码逐行比较，不要写 role、code 或 name");
            return null;
        }

        if (!perCode && selectors != 1)
        {
            f.Diagnostics.Error(DiagnosticCodes.MissingField, f.Span, "表间勾稽关系的数要用且只用一种方式指明行：role: total、code 或 name（可为几个名称的列表）");
            return null;
        }

        if (table is null || column is null)
        {
            return null;
        }

        var kind = kinds.FirstOrDefault(k => k.Id == table);
        if (kind is null)
        {
            f.Diagnostics.Error(DiagnosticCodes.UnknownReference, f.SpanOfValue("table"), $"表间勾稽关系引用了未声明的表种 “{table}”；可用：{string.Join("、", kinds.Select(k => k.Id))}");
            return null;
        }

        var sectionDef = kind.Section(section);
        if (sectionDef is null)
        {
            f.Diagnostics.Error(DiagnosticCodes.UnknownReference, f.Has("section") ? f.SpanOfValue("section") : f.Span,
                $"表种 {table} 没有分栏 “{section}”；可用：{string.Join("、", kind.Sections.Select(s => s.Id))}");
            return null;
        }

        if (sectionDef.Columns.All(c => c.Key != column))
        {
            f.Diagnostics.Error(DiagnosticCodes.UnknownReference, f.SpanOfValue("column"),
                $"表种 {table} 的分栏 {section} 没有栏目 “{column}”；可用：{string.Join("、", sectionDef.Columns.Select(c => c.Key))}");
            return null;
        }

        return new Figure(table, section, role is not null, code, names, column, f.Span);
    }
}
