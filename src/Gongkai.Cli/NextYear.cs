using System.Text;
using Gongkai.Model;

namespace Gongkai.Cli;

/// <summary>
/// The files of next year's disclosure from last year's (<c>gongkai new year</c>): every table with the same rows,
/// codes, names and projects and no amounts; the profile text kept for editing (head counts, 运行经费, 政府采购 and
/// 国有资产 are figures, so they are left out); each performance target with its projects, fund labels and indicators
/// but no values; the explanations' headings without their text. Findings are about last year's figures and are not
/// carried over. The result passes <c>check</c> as a new empty disclosure does.
/// </summary>
internal static class NextYear
{
    public static Dictionary<string, string> Files(SiteContent content, Unit unit, Disclosure from, int year, string siteRoot)
    {
        var catalogue = content.Functional.Concat(content.Economic).GroupBy(c => c.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var folder = $"content/units/{unit.Id}/{year}";
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [$"{folder}/disclosure.yml"] = DisclosureFile(from, year),
            [$"{folder}/explanations.md"] = Headings(from, year, unit.Name),
            [$"{folder}/performance.yml"] = Targets(from, year),
        };
        foreach (var table in from.Tables)
        {
            files[$"{folder}/tables/{table.Id}.yml"] = Table(table, unit.Name, year, catalogue);
        }

        // The unit's own glossary terms are not figures: carried over as written.
        var glossary = Path.Combine(siteRoot, from.Folder, "glossary.yml");
        if (from.Glossary.Count > 0 && Load.RepoFiles.Probe(glossary) == Load.EntryKind.File)
        {
            files[$"{folder}/glossary.yml"] = File.ReadAllText(glossary);
        }

        return files;
    }

    private static string DisclosureFile(Disclosure d, int year)
    {
        var sb = new StringBuilder();
        sb.Append($"# 由 gongkai new year 从 {d.Year} 年生成：请按 {year} 年原文修改标题、落款、单位概况，补上人员、运行经费、政府采购和国有资产\n");
        sb.Append($"unit: {d.UnitId}\nyear: {year}\ntitle: {Scaffold.Quote(d.Title.Replace(d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))}\n");
        sb.Append($"scope: {d.Scope}\npublisher: {Scaffold.Quote(d.Publisher)}\nprofile:\n");
        if (d.Profile.FunctionsIntro is { } intro)
        {
            sb.Append($"  functions_intro: {Scaffold.Quote(intro)}\n");
        }

        sb.Append(d.Profile.Functions.Count == 0 ? "  functions: []\n" : "  functions:\n" + string.Concat(d.Profile.Functions.Select(f => $"    - {Scaffold.Quote(f)}\n")));
        sb.Append($"  organisation: {Scaffold.Quote(d.Profile.Organisation)}\n");
        return sb.ToString();
    }

    private static string Headings(Disclosure d, int year, string unitName)
    {
        var years = d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var headings = d.ExplanationsMarkdown.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal) || l.StartsWith("### ", StringComparison.Ordinal))
            .Select(l => l.Replace(years, year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)).ToList();
        return headings.Count == 0
            ? $"## 一、关于{unitName} {year} 年收支预算情况的总体说明\n"
            : string.Join("\n\n", headings) + "\n";
    }

    private static string Targets(Disclosure d, int year)
    {
        if (d.Targets.Count == 0)
        {
            return "targets: []\n";
        }

        var sb = new StringBuilder("targets:\n");
        foreach (var t in d.Targets)
        {
            sb.Append($"  - kind: {t.Kind}\n    title: {Scaffold.Quote(t.Title)}\n");
            if (t.Year is not null)
            {
                sb.Append($"    year: {year}\n");
            }

            Optional(sb, "    ", "unit_name", t.UnitName);
            Optional(sb, "    ", "project", t.Project);
            Optional(sb, "    ", "owner", t.Owner);
            Optional(sb, "    ", "phone", t.Phone);
            if (t.Funds.Count > 0)
            {
                sb.Append("    funds:\n      items:\n");
                sb.Append(string.Concat(t.Funds.Select(f => $"        - {{ label: {Scaffold.Quote(f.Label)} }}\n")));
            }

            if (t.Indicators.Count > 0)
            {
                sb.Append("    indicators:\n");
                foreach (var i in t.Indicators)
                {
                    sb.Append($"      - level1: {Scaffold.Quote(i.Level1)}\n");
                    Optional(sb, "        ", "level2", i.Level2);
                    Optional(sb, "        ", "name", i.Name);
                    Optional(sb, "        ", "basis", i.Basis);
                    Optional(sb, "        ", "weight", i.Weight);
                    Optional(sb, "        ", "scoring", i.Scoring);
                    Optional(sb, "        ", "evidence", i.Evidence);
                }
            }
        }

        return sb.ToString();
    }

    private static string Table(BudgetTable table, string unitName, int year, Dictionary<string, string> catalogue)
    {
        var sb = new StringBuilder($"kind: {table.Id}\nnumber: {table.Number}\ntitle: {Scaffold.Quote(table.Title)}\n");
        if (table.Empty)
        {
            sb.Append($"empty: true\nnote: {Scaffold.Quote(Scaffold.EmptyNote(unitName, year, table.Kind))}\n");
        }

        var published = table.Sections.SelectMany(s => s.Columns.Select(c => c.Key)).ToList();
        if (!published.SequenceEqual(table.Kind.Sections.SelectMany(s => s.Columns.Select(c => c.Key))))
        {
            sb.Append($"columns: [{string.Join(", ", published)}]\n");
        }

        foreach (var section in table.Sections)
        {
            var rows = Structure(section, catalogue);
            sb.Append(section.Definition.IsMain ? "rows:" : $"{section.Definition.Id}:").Append(rows.Count == 0 ? " []\n" : "\n");
            var bare = rows.Where(r => r.Project is null && r.Code is not null).Select(r => r.Code!).ToHashSet(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                var parts = new List<string>();
                if (row.IsTotal)
                {
                    parts.Add("role: total");
                }
                else if (row.IsSubtotal)
                {
                    parts.Add("role: subtotal");
                }

                if (row.Code is { } code)
                {
                    parts.Add($"code: {Scaffold.Quote(code)}");
                }

                parts.Add($"name: {Scaffold.Quote(row.Name)}");
                if (row.Project is { } project)
                {
                    parts.Add($"project: {Scaffold.Quote(project)}");
                }

                // The loader derives a coded row's level from its code (a project under a bare row one deeper); others say it.
                var derived = row.Code is not null && section.Definition.Hierarchy != Hierarchy.Outline;
                var level = row.Project is not null && row.Code is { } c && bare.Contains(c) ? row.Level - 1 : row.Level;
                if (!row.IsSumRow && !derived && level != 0)
                {
                    parts.Add($"level: {level}");
                }

                sb.Append($"  - {{ {string.Join(", ", parts)} }}\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Last year's rows in order, without the two published slips that make an empty year fail check: a coded row
    /// listed twice (GK1006) is listed once, and a 款 missing between a 项 and its 类 (GK2104) is put back with its
    /// catalogue name. Every label and code of last year is still there.
    /// </summary>
    private static List<TableRow> Structure(TableSection section, Dictionary<string, string> catalogue)
    {
        var rows = new List<TableRow>();
        var seen = new HashSet<(string, string)>();
        var codes = section.Rows.Where(r => r is { IsSumRow: false, Project: null, Code: not null }).Select(r => r.Code!).ToHashSet(StringComparer.Ordinal);
        foreach (var row in section.Rows)
        {
            if (row is { IsSumRow: false, Project: null, Code: { } code })
            {
                if (!seen.Add((code, row.Name)))
                {
                    continue;
                }

                if (section.Definition.Hierarchy != Hierarchy.Outline && code.Length > 3 && !codes.Contains(code[..^2]) && codes.Contains(code[..3]))
                {
                    var parent = code[..^2];
                    codes.Add(parent);
                    seen.Add((parent, catalogue.GetValueOrDefault(parent, parent)));
                    rows.Add(row with { Code = parent, Name = catalogue.GetValueOrDefault(parent, parent), Project = null, Level = row.Level - 1 });
                }
            }

            rows.Add(row);
        }

        return rows;
    }

    private static void Optional(StringBuilder sb, string indent, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            sb.Append($"{indent}{key}: {Scaffold.Quote(value)}\n");
        }
    }
}
