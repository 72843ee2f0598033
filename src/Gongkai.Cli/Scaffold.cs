using System.Text;
using Gongkai.Model;

namespace Gongkai.Cli;

/// <summary>The files of a new unit-year: every table kind as a valid empty table, ready to be filled in.</summary>
internal static class Scaffold
{
    public static Dictionary<string, string> UnitYear(SiteContent content, string unitId, string name, string region, int year, string kind)
    {
        var folder = $"content/units/{unitId}/{year}";
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [$"content/units/{unitId}/unit.yml"] = $"name: {Quote(name)}\nregion: {region}\nkind: {Quote(kind)}\n",
            [$"{folder}/disclosure.yml"] =
                $"unit: {unitId}\nyear: {year}\ntitle: {Quote($"{year} 年{name}部门预算公开")}\nscope: 部门\npublisher: {Quote(name)}\npublished: {year}-01-01\n" +
                "profile:\n  functions: []\n  organisation: " + Quote($"{name}无下属预算单位。") + "\n",
            [$"{folder}/explanations.md"] = $"## 一、关于{name} {year} 年收支预算情况的总体说明\n\n按照全口径预算的原则，{name} {year} 年所有收入和支出均纳入部门预算管理。\n",
            [$"{folder}/performance.yml"] = "targets: []\n",
        };
        var number = 0;
        foreach (var table in content.Kinds)
        {
            number++;
            var sb = new StringBuilder();
            sb.Append($"kind: {table.Id}\nnumber: {number}\ntitle: {Quote(table.Title)}\nempty: true\n");
            sb.Append($"note: {Quote(EmptyNote(name, year, table))}\n");
            foreach (var section in table.Sections)
            {
                sb.Append(section.IsMain ? "rows:\n" : $"{section.Id}:\n");
                sb.Append("  - { role: total, name: 总计 }\n");
            }

            files[$"{folder}/tables/{table.Id}.yml"] = sb.ToString();
        }

        return files;
    }

    /// <summary>The note of an empty table, in the published documents' wording (“…年没有政府性基金预算支出，…为空表。”).</summary>
    public static string EmptyNote(string unitName, int year, TableKind kind) =>
        $"{unitName} {year} 年没有{kind.Title.Replace("情况表", "", StringComparison.Ordinal)}，{kind.Title}为空表。";

    /// <summary>A YAML double-quoted scalar; line breaks and tabs escaped, so Markdown paragraphs survive on one line.</summary>
    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal) + "\"";
}
