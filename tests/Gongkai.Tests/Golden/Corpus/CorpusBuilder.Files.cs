using System.Text.RegularExpressions;
using Gongkai.Diagnostics;
using Gongkai.Model;
using Gongkai.Tests.Support;
using static Gongkai.Tests.Golden.Corpus.TextEdits;

namespace Gongkai.Tests.Golden.Corpus;

/// <summary>Byte-level and whole-file mistakes, per disclosure and per unit.</summary>
internal static partial class CorpusBuilder
{
    [GeneratedRegex(@"\n  - \{")]
    private static partial Regex FirstFlowRow();

    [GeneratedRegex(@"name: (\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex FirstChineseName();

    [GeneratedRegex(@"\b(total|amount): (\d+\.\d+)")]
    private static partial Regex FirstAmount();

    private static IEnumerable<MutationCase> PerDisclosure(Disclosure d)
    {
        var id = $"{d.UnitId}_{d.Year}";
        foreach (var name in new[] { "disclosure.yml", "performance.yml", "findings.yml", "glossary.yml", "tables/general-budget.yml" })
        {
            var file = $"{d.Folder}/{name}";
            if (File.Exists(Repo.Path(file)))
            {
                yield return new MutationCase($"bom_{Slug(file)}", file, bytes => [0xEF, 0xBB, 0xBF, .. bytes], 1, DiagnosticCodes.Encoding, false, "文件开头加了 UTF-8 BOM");
                yield return new MutationCase($"crlf_{Slug(file)}", file, bytes => Bytes(Utf8(bytes).Replace("\n", "\r\n", StringComparison.Ordinal)), 1, DiagnosticCodes.LineEndings, true, "换行改成 CRLF");
            }
        }

        var budget = $"{d.Folder}/tables/general-budget.yml";
        var text = Text(budget);
        var row = FirstFlowRow().Match(text);
        if (row.Success)
        {
            yield return new MutationCase($"tab_{id}", budget, Splice(row.Index + 1, 2, "\t"), LineOf(text, row.Index + 1), DiagnosticCodes.YamlSyntax, false, "行首缩进用了制表符");
        }

        var chinese = FirstChineseName().Match(text);
        if (chinese.Success)
        {
            var at = chinese.Groups[1].Index;
            yield return new MutationCase($"invalid-utf8_{id}", budget, bytes =>
            {
                var before = Bytes(Utf8(bytes)[..at]);
                var after = Bytes(Utf8(bytes)[(at + 1)..]);
                return [.. before, 0xC3, 0x28, .. after];
            }, LineOf(text, at), DiagnosticCodes.Encoding, false, "名称中一个汉字的字节坏了（无效 UTF-8）");
        }

        var amount = FirstAmount().Match(text);
        if (amount.Success)
        {
            var value = amount.Groups[2];
            yield return new MutationCase($"amount-as-list_{id}", budget, Splice(value.Index, value.Length, $"[{value.Value}]"), LineOf(text, value.Index), DiagnosticCodes.InvalidAmount, false, "金额写成了列表");
            yield return new MutationCase($"amount-as-words_{id}", budget, Splice(value.Index, value.Length, "约" + value.Value), LineOf(text, value.Index), DiagnosticCodes.InvalidAmount, false, "金额前加了汉字");
        }

        var disclosure = $"{d.Folder}/disclosure.yml";
        var dtext = Text(disclosure);
        var unit = dtext.IndexOf("unit: ", StringComparison.Ordinal);
        yield return new MutationCase($"unit-traversal_{id}", disclosure, Splice(unit + 6, 0, "../../"), LineOf(dtext, unit), DiagnosticCodes.InvalidId, false, "unit 写成 ../../ 开头的路径");
        var year = dtext.IndexOf("year: ", StringComparison.Ordinal);
        yield return new MutationCase($"year-as-text_{id}", disclosure, Splice(year + 6, 0, "公元"), LineOf(dtext, year), DiagnosticCodes.WrongType, false, "year 写成文字");
        yield return new MutationCase($"huge_{id}", budget, bytes => [.. bytes, .. Bytes(string.Concat(Enumerable.Repeat("# 填充注释，使文件超过大小上限\n", 160_000)))], 0, DiagnosticCodes.FileTooLarge, false, "表文件超过 4 MiB");
    }

    /// <summary>Unit-level files: a path-traversing parent, an unknown region, a misspelt unit key.</summary>
    private static IEnumerable<MutationCase> Units(SiteContent site)
    {
        foreach (var unit in site.Units.OrderBy(u => u.Id, StringComparer.Ordinal))
        {
            var file = $"content/units/{unit.Id}/unit.yml";
            var text = Text(file);
            var region = text.IndexOf("region: ", StringComparison.Ordinal);
            yield return new MutationCase($"region-unknown_{unit.Id}", file, Splice(region + 8, 0, "xx"), LineOf(text, region), DiagnosticCodes.UnknownReference, false, "region 指向不存在的地区");
            var parent = text.IndexOf("parent: ", StringComparison.Ordinal);
            if (parent >= 0)
            {
                var end = text.IndexOf('\n', parent);
                yield return new MutationCase($"parent-traversal_{unit.Id}", file, Splice(parent + 8, end - parent - 8, "../../etc"), LineOf(text, parent), DiagnosticCodes.InvalidId, false, "parent 写成路径");
            }
        }
    }
}
