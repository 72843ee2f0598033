using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Load;

/// <summary>Reads content/table-kinds.yml: the table kinds as data (columns, sums, hierarchy, balance) the cross-table identities and the words of the explanations that name a figure.</summary>
internal static class TableKindLoader
{
    public const string FileName = "content/table-kinds.yml";

    public static (List<TableKind> Kinds, List<CrossTableIdentity> Identities, List<TextTerm> Terms) Load(string root, DiagnosticBag diagnostics)
    {
        var full = Path.Combine(root, FileName);
        if (!RepoFiles.Exists(full))
        {
            diagnostics.Error(DiagnosticCodes.MissingFile, SourceSpan.WholeFile(FileName), "找不到 content/table-kinds.yml（表样定义）；请从仓库恢复该文件");
            return ([], [], []);
        }

        var reader = MappingReader.From(YamlFile.Parse(full, FileName, diagnostics), FileName, diagnostics, "表样文件");
        if (reader is null)
        {
            return ([], [], []);
        }

        var order = 0;
        var kinds = ListReader.Read(reader.Sequence("kinds", required: true), FileName, diagnostics, "表种", r => ReadKind(r, ++order));
        var identitiesNode = reader.Sequence("identities");
        var termsNode = reader.Sequence("text_terms");
        reader.ReportUnknown("表样文件");
        foreach (var duplicate in kinds.GroupBy(k => k.Id).Where(g => g.Count() > 1))
        {
            diagnostics.Error(DiagnosticCodes.Duplicate, duplicate.Skip(1).First().Span, $"表种 id “{duplicate.Key}” 重复；每个表种的 id 必须唯一");
        }

        List<TableKind> distinct = [.. kinds.DistinctBy(k => k.Id)];
        return (distinct, IdentityLoader.Read(identitiesNode, FileName, distinct, diagnostics), TextTermLoader.Read(termsNode, FileName, distinct, diagnostics));
    }

    private static TableKind? ReadKind(MappingReader r, int order)
    {
        var id = r.String("id", required: true);
        var title = r.String("title", required: true);
        var hierarchy = ReadHierarchy(r, Hierarchy.Outline);
        var projects = r.Bool("project");
        var required = r.Bool("required");
        var sections = ListReader.Read(r.Sequence("sections", required: true), r.File, r.Diagnostics, "分栏", s => ReadSection(s, hierarchy));
        BalanceDef? balance = null;
        if (r.Mapping("balance") is { } b)
        {
            var left = b.String("left", required: true);
            var right = b.String("right", required: true);
            var column = b.String("column", required: true);
            var rightColumn = b.String("right_column") ?? column;
            b.ReportUnknown("balance ");
            if (left is not null && right is not null && column is not null && rightColumn is not null)
            {
                balance = new BalanceDef(left, right, column, rightColumn);
            }
        }

        r.ReportUnknown("表种定义");
        if (id is null || title is null || sections.Count == 0)
        {
            return null;
        }

        return Ids.Check(id, r.SpanOfValue("id"), r.Diagnostics, "表种 id")
            ? new TableKind(id, title, projects, required, sections, balance, order, r.Span)
            : null;
    }

    private static SectionDef? ReadSection(MappingReader r, Hierarchy inherited)
    {
        var id = r.String("id", required: true);
        var caption = r.String("caption");
        var hierarchy = ReadHierarchy(r, inherited);
        var columns = ListReader.Read(r.Sequence("columns", required: true), r.File, r.Diagnostics, "栏目", c =>
        {
            var key = c.String("key", required: true);
            var label = c.String("label", required: true);
            var group = c.Strings("group");
            c.ReportUnknown("栏目定义");
            return key is null || label is null ? null : new ColumnDef(key, label, group);
        });
        var sums = ListReader.Read(r.Sequence("sums"), r.File, r.Diagnostics, "勾稽关系", s =>
        {
            var target = s.String("target", required: true);
            var parts = s.Strings("parts", required: true);
            s.ReportUnknown("sums ");
            return target is null ? null : new SumRule(target, parts);
        });
        var tree = r.Bool("tree");
        r.ReportUnknown("分栏定义");
        if (id is null)
        {
            return null;
        }

        var keys = columns.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var sum in sums)
        {
            foreach (var key in sum.Parts.Append(sum.Target).Where(k => !keys.Contains(k)))
            {
                r.Diagnostics.Error(DiagnosticCodes.UnknownReference, r.Span, $"勾稽关系引用了未声明的栏目 “{key}”；请先在 columns 中声明");
            }
        }

        return new SectionDef(id, caption, hierarchy, columns, sums, tree);
    }

    private static Hierarchy ReadHierarchy(MappingReader r, Hierarchy fallback)
    {
        var text = r.String("hierarchy");
        switch (text)
        {
            case null:
                return fallback;
            case "outline":
                return Hierarchy.Outline;
            case "functional":
                return Hierarchy.Functional;
            case "economic":
                return Hierarchy.Economic;
            default:
                r.Diagnostics.Error(DiagnosticCodes.WrongType, r.SpanOfValue("hierarchy"), $"hierarchy “{text}” 不认识；应为 outline、functional 或 economic");
                return fallback;
        }
    }
}
