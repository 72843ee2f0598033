using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Load;

/// <summary>Reads one units/&lt;id&gt;/&lt;year&gt;/ folder: the disclosure and the files beside it.</summary>
internal static class DisclosureFolderLoader
{
    private static readonly HashSet<string> KnownEntries = new(StringComparer.Ordinal)
    {
        "disclosure.yml", "tables", "explanations.md", "performance.yml", "glossary.yml", "findings.yml",
    };

    public static Disclosure? Load(string root, string unitId, int year, IReadOnlyDictionary<string, TableKind> kinds, DiagnosticBag diagnostics)
    {
        var folder = $"content/units/{unitId}/{year}";
        var dir = Path.Combine(root, folder);
        foreach (var entry in RepoFiles.Entries(dir, folder, null, diagnostics))
        {
            if (!KnownEntries.Contains(entry) && !entry.StartsWith('.'))
            {
                var suggestion = MappingReader.Suggest(entry, KnownEntries);
                diagnostics.Error(DiagnosticCodes.UnknownKey, SourceSpan.WholeFile($"{folder}/{entry}"),
                    $"年度目录中不认识 “{MappingReader.Shorten(entry)}”{(suggestion is null ? "" : $"，是否应为 “{suggestion}”")}；允许的有：{string.Join("、", KnownEntries)}");
            }
        }

        var disclosureFile = $"{folder}/disclosure.yml";
        if (!RepoFiles.Exists(Path.Combine(root, disclosureFile)))
        {
            diagnostics.Error(DiagnosticCodes.MissingFile, SourceSpan.WholeFile(folder), $"{folder} 缺少 disclosure.yml；请创建（可用 gongkai new unit 生成）");
            return null;
        }

        var disclosure = DisclosureLoader.Load(Path.Combine(root, disclosureFile), disclosureFile, unitId, year, diagnostics);
        if (disclosure is null)
        {
            return null;
        }

        var tables = new List<BudgetTable>();
        var tablesDir = Path.Combine(dir, "tables");
        {
            foreach (var name in RepoFiles.Entries(tablesDir, $"{folder}/tables", EntryKind.File, diagnostics))
            {
                var path = Path.Combine(tablesDir, name);
                var file = $"{folder}/tables/{name}";
                if (!name.EndsWith(".yml", StringComparison.Ordinal))
                {
                    diagnostics.Error(DiagnosticCodes.UnknownKey, SourceSpan.WholeFile(file), $"tables/ 中只能放 .yml 表文件；请移走 “{name}”");
                    continue;
                }

                if (TableLoader.Load(path, file, kinds, diagnostics) is { } table)
                {
                    tables.Add(table);
                }
            }
        }

        foreach (var group in tables.GroupBy(t => t.Number).Where(g => g.Count() > 1))
        {
            diagnostics.Error(DiagnosticCodes.Duplicate, group.Skip(1).First().Span, $"表号 {group.Key} 在本年度出现了不止一次；请核对原文表号");
        }

        var explanationsFile = $"{folder}/explanations.md";
        var explanationsPath = Path.Combine(root, explanationsFile);
        var explanationsPresent = RepoFiles.Exists(explanationsPath);
        if (!explanationsPresent)
        {
            diagnostics.Error(DiagnosticCodes.MissingFile, SourceSpan.WholeFile(folder),
                $"{folder} 缺少 explanations.md（第三部分 预算情况说明）；请照原文录入（可用 gongkai new unit 生成骨架）");
        }

        // Null when it is missing or was refused (already reported); only a file that was read can be "empty".
        var read = explanationsPresent ? YamlFile.ReadText(explanationsPath, explanationsFile, diagnostics) : null;
        var explanations = read ?? "";
        if (read is not null && read.Trim().Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.MissingField, SourceSpan.WholeFile(explanationsFile),
                "explanations.md 是空的；请照原文录入第三部分 预算情况说明");
        }

        Markup.CheckLines(explanations, explanationsFile, diagnostics);
        LinkSafety.Check(explanations, explanationsFile, SourceMark.Start, diagnostics);
        var performanceFile = $"{folder}/performance.yml";
        var targets = RepoFiles.Exists(Path.Combine(root, performanceFile))
            ? PerformanceLoader.Load(Path.Combine(root, performanceFile), performanceFile, diagnostics)
            : [];
        var glossaryFile = $"{folder}/glossary.yml";
        var glossary = RepoFiles.Exists(Path.Combine(root, glossaryFile))
            ? GlossaryLoader.Load(Path.Combine(root, glossaryFile), glossaryFile, diagnostics)
            : [];
        var findingsFile = $"{folder}/findings.yml";
        var acknowledgements = RepoFiles.Exists(Path.Combine(root, findingsFile))
            ? FindingsLoader.Load(Path.Combine(root, findingsFile), findingsFile, diagnostics)
            : [];

        // The page offers the seed as 原文（文字版） only when it is a plain file in seeds/: copies of content without seeds/
        // (previews, tests) still build, just without the download; the browser tests check every real page offers it.
        var seedPresent = disclosure.Seed is { } seedName && SeedFiles.Exists(root, seedName);

        return disclosure with
        {
            SeedPresent = seedPresent,
            Tables = [.. tables.OrderBy(t => t.Number)],
            ExplanationsMarkdown = explanations,
            ExplanationsFile = explanationsPresent ? explanationsFile : null,
            Targets = targets,
            Glossary = glossary,
            Acknowledgements = acknowledgements,
        };
    }
}
