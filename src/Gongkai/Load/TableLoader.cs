using Gongkai.Diagnostics;
using Gongkai.Model;
using YamlDotNet.RepresentationModel;

namespace Gongkai.Load;

/// <summary>Reads tables/&lt;kind&gt;.yml against its table kind: rows, codes, levels and amount cells.</summary>
internal static class TableLoader
{
    private static readonly string[] RowKeys = ["code", "name", "project", "level", "role", "note"];

    public static BudgetTable? Load(string fullPath, string file, IReadOnlyDictionary<string, TableKind> kinds, DiagnosticBag diagnostics)
    {
        var r = MappingReader.From(YamlFile.Parse(fullPath, file, diagnostics), file, diagnostics, "表文件");
        if (r is null)
        {
            return null;
        }

        var stem = Path.GetFileNameWithoutExtension(fullPath);
        var kindId = r.String("kind", required: true, what: Schema.FieldText.TableKind);
        var number = r.Int("number", required: true, what: Schema.FieldText.TableNumber);
        var title = r.String("title", required: true, what: Schema.FieldText.TableTitle);
        var note = r.String("note");
        var empty = r.Bool("empty");
        var columnsNode = r.Node("columns");
        if (kindId is null)
        {
            // Without a kind the other keys cannot be checked; a misspelt "kind" is still worth naming.
            foreach (var (key, _, span) in r.Unread().Where(u => MappingReader.Suggest(u.Key, ["kind"]) is not null))
            {
                diagnostics.Error(DiagnosticCodes.UnknownKey, span, $"表文件中没有 “{MappingReader.Shorten(key)}” 这个键，是否应为 “kind”");
            }

            return null;
        }

        if (!kinds.TryGetValue(kindId, out var kind))
        {
            diagnostics.Error(DiagnosticCodes.UnknownReference, r.SpanOfValue("kind"),
                $"表种 “{MappingReader.Shorten(kindId)}” 未在 content/table-kinds.yml 中定义；可用的表种：{string.Join("、", kinds.Keys.Order(StringComparer.Ordinal))}");
            return null;
        }

        if (kindId != stem)
        {
            diagnostics.Error(DiagnosticCodes.PathMismatch, r.SpanOfValue("kind"), $"kind “{kindId}” 与文件名 “{stem}.yml” 不一致；文件名必须是表种 id（{kindId}.yml）");
        }

        var published = ReadPublishedColumns(columnsNode, kind, file, diagnostics);
        var sections = new List<TableSection>();
        foreach (var def in kind.Sections)
        {
            var key = def.IsMain ? "rows" : def.Id;
            var columns = def.Columns.Where(c => published is null || published.Contains(c.Key)).ToList();
            var sequence = r.Sequence(key, required: true, what: Schema.FieldText.TableRows);
            var rows = ListReader.Read(sequence, file, diagnostics, "表的一行", row => ReadRow(row, kind, def, columns));
            AssignProjectLevels(rows);
            CheckDuplicates(kind, rows, diagnostics);
            sections.Add(new TableSection(def, columns, rows));
        }

        r.ReportUnknown("表文件");
        if (number is null || title is null)
        {
            return null;
        }

        return new BudgetTable(kind, number.Value, title, string.IsNullOrWhiteSpace(note) ? null : note, empty, sections, file, r.Span);
    }

    private static HashSet<string>? ReadPublishedColumns(YamlNode? node, TableKind kind, string file, DiagnosticBag diagnostics)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not YamlSequenceNode sequence)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, MappingReader.SpanOf(node, file), "columns 应为栏目 key 的列表，如 [total, basic, project]");
            return null;
        }

        var all = kind.Sections.SelectMany(s => s.Columns).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in sequence)
        {
            var key = (item as YamlScalarNode)?.Value ?? "";
            if (!all.Contains(key))
            {
                var suggestion = MappingReader.Suggest(key, all);
                diagnostics.Error(DiagnosticCodes.UnknownReference, MappingReader.SpanOf(item, file),
                    $"表种 {kind.Id} 没有栏目 “{MappingReader.Shorten(key)}”{(suggestion is null ? "" : $"，是否应为 “{suggestion}”")}");
                continue;
            }

            result.Add(key);
        }

        return result;
    }

    private static TableRow? ReadRow(MappingReader r, TableKind kind, SectionDef section, List<ColumnDef> columns)
    {
        var code = r.String("code");
        var name = r.String("name", required: true, what: Schema.FieldText.RowName);
        // Only project tables have a project-name field; elsewhere "project" is the 项目支出 amount column.
        var project = kind.HasProjects ? r.String("project") : null;
        var explicitLevel = r.Int("level");
        var role = r.String("role");
        var note = r.String("note");
        var isTotal = role == "total";
        var isSubtotal = role == "subtotal";
        if (role is not null)
        {
            if (!isTotal && !isSubtotal)
            {
                r.Diagnostics.Error(DiagnosticCodes.WrongType, r.SpanOfValue("role"), $"role “{MappingReader.Shorten(role)}” 不认识；合计/总计行写 role: total，无编码的小计行写 role: subtotal，其他行不写 role");
            }
        }

        var level = ResolveLevel(r, section.Hierarchy, code, explicitLevel, isTotal || isSubtotal);
        var cells = new Dictionary<string, Cell>(StringComparer.Ordinal);
        var published = columns.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var declared = section.Columns.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, value, keySpan) in r.Unread().ToList())
        {
            r.MarkKnown(key);
            if (published.Contains(key))
            {
                if (!MappingReader.IsNull(value) && MappingReader.ParseAmount(value, key, r.File, r.Diagnostics) is { } amount)
                {
                    cells[key] = new Cell(amount, MappingReader.SpanOf(value, r.File));
                }
            }
            else if (declared.Contains(key))
            {
                r.Diagnostics.Error(DiagnosticCodes.UnknownReference, keySpan, $"本表的 columns 没有列出栏目 “{key}”；请把它加入 columns，或删除这个金额");
            }
            else
            {
                var candidates = RowKeys.Concat(published).ToList();
                var suggestion = MappingReader.Suggest(key, candidates);
                r.Diagnostics.Error(DiagnosticCodes.UnknownKey, keySpan,
                    $"表的行中没有 “{MappingReader.Shorten(key)}” 这个键{(suggestion is null ? "" : $"，是否应为 “{suggestion}”")}；可用的键：{string.Join("、", candidates)}");
            }
        }

        return name is null ? null : new TableRow(code, name, project, level, isTotal, cells, note, r.Span) { IsSubtotal = isSubtotal };
    }

    private static int ResolveLevel(MappingReader r, Hierarchy hierarchy, string? code, int? explicitLevel, bool isTotal)
    {
        if (isTotal)
        {
            return -1;
        }

        if (code is null || hierarchy == Hierarchy.Outline)
        {
            if (explicitLevel is < 0 or > 9)
            {
                r.Diagnostics.Error(DiagnosticCodes.WrongType, r.SpanOfValue("level"), $"level {explicitLevel} 超出范围；应为 0（顶层）到 9");
                return 0;
            }

            return explicitLevel ?? 0;
        }

        var lengths = hierarchy == Hierarchy.Functional ? new[] { 3, 5, 7 } : [3, 5];
        var index = Array.IndexOf(lengths, code.Length);
        if (index < 0 || !code.All(char.IsAsciiDigit))
        {
            var expected = hierarchy == Hierarchy.Functional ? "功能分类编码应为 3 位（类）、5 位（款）或 7 位（项）数字" : "经济分类编码应为 3 位（类）或 5 位（款）数字";
            r.Diagnostics.Error(DiagnosticCodes.InvalidCode, r.SpanOfValue("code"), $"科目编码 “{MappingReader.Shorten(code)}” 位数不对：{expected}，如 \"2060599\"");
            return 0;
        }

        if (explicitLevel is not null && explicitLevel != index)
        {
            r.Diagnostics.Error(DiagnosticCodes.InvalidCode, r.SpanOfValue("level"), $"有科目编码的行由编码决定层级（{code} 为第 {index} 级）；请删除 level");
        }

        return index;
    }

    /// <summary>A project row under a bare row with the same code sits one level below it.</summary>
    private static void AssignProjectLevels(List<TableRow> rows)
    {
        var bare = rows.Where(x => x.Project is null && x.Code is not null).Select(x => x.Code!).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Project is not null && rows[i].Code is { } code && bare.Contains(code))
            {
                rows[i] = rows[i] with { Level = rows[i].Level + 1 };
            }
        }
    }

    private static void CheckDuplicates(TableKind kind, List<TableRow> rows, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows.Where(x => x.Code is not null && !x.IsTotal))
        {
            var key = $"{row.Code}\u0001{row.Project}";
            if (!seen.Add(key))
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.Duplicate, row.Span,
                    $"科目 {row.Code}{(row.Project is null ? "" : $"（项目 {row.Project}）")} 在本表中出现了两次；请合并或删除重复的一行，若原文如此请在 findings.yml 中确认")
                {
                    Table = kind.Id,
                    Row = new[] { row.Code, row.Name, row.Project }.OfType<string>().ToArray(),
                });
            }
        }

        if (rows.Count(x => x.IsTotal) > 1)
        {
            diagnostics.Error(DiagnosticCodes.Duplicate, rows.Where(x => x.IsTotal).Skip(1).First().Span, "一个表（分栏）只能有一行 role: total");
        }
    }
}
