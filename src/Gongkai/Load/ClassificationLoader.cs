using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Load;

/// <summary>
/// Reads content/classification/{functional,economic}.yml: one name per code, with published variants. Every
/// standard code says where its name comes from (<c>from:</c>, one of the file's <c>sources:</c>), so the
/// catalogue is a record of the standard, not a copy of the tables it checks.
/// </summary>
internal static class ClassificationLoader
{
    public static List<ClassificationCode> Load(string root, string file, DiagnosticBag diagnostics)
    {
        var full = Path.Combine(root, file);
        if (!RepoFiles.Exists(full))
        {
            return [];
        }

        var r = MappingReader.From(YamlFile.Parse(full, file, diagnostics), file, diagnostics, "科目文件");
        if (r is null)
        {
            return [];
        }

        var sources = Sources(r.Mapping("sources", required: true, what: "科目名称的出处：编号: 文件名称"));
        var codes = ListReader.Read(r.Sequence("codes", required: true), file, diagnostics, "科目", c =>
        {
            var code = c.String("code", required: true);
            var name = c.String("name", required: true);
            var variants = c.Strings("variants");
            var misprint = c.String("misprint");
            var misprintFor = c.String("for");
            var from = c.String("from");
            c.ReportUnknown("科目");
            var source = Source(c, code, from, misprint, sources);
            if (code is not null && !code.All(char.IsAsciiDigit))
            {
                c.Diagnostics.Error(DiagnosticCodes.InvalidCode, c.SpanOfValue("code"), $"科目编码 “{MappingReader.Shorten(code)}” 只能由数字组成");
                return null;
            }

            return code is null || name is null ? null : new ClassificationCode(code, name, variants, c.Span) { Misprint = misprint, MisprintFor = misprintFor, NameSource = source };
        });
        r.ReportUnknown("科目文件");
        foreach (var group in codes.GroupBy(c => c.Code).Where(g => g.Count() > 1))
        {
            diagnostics.Error(DiagnosticCodes.Duplicate, group.Skip(1).First().Span, $"科目编码 {group.Key} 重复；每个编码只能有一个名称，其他写法放进 variants");
        }

        return codes;
    }

    private static Dictionary<string, string> Sources(MappingReader? sources)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in sources?.Keys.ToList() ?? [])
        {
            if (sources!.String(key, required: true) is { } citation)
            {
                result[key] = citation;
            }
        }

        return result;
    }

    /// <summary>The citation of a code's name; a standard code must name one of the file's sources.</summary>
    private static string? Source(MappingReader c, string? code, string? from, string? misprint, Dictionary<string, string> sources)
    {
        if (from is null)
        {
            if (misprint is null && code is not null)
            {
                c.Diagnostics.Error(DiagnosticCodes.MissingField, c.Span,
                    $"科目 {code} 没有写名称的出处（from）；请写 from: 与文件开头 sources 中的一项（如财政部当年的《政府收支分类科目》），名称照那份文件填写，不要照表中写法");
            }

            return null;
        }

        if (sources.TryGetValue(from, out var citation))
        {
            return citation;
        }

        var known = sources.Count == 0 ? "文件开头还没有 sources" : $"可用的有：{string.Join("、", sources.Keys.Order(StringComparer.Ordinal))}";
        c.Diagnostics.Error(DiagnosticCodes.UnknownReference, c.SpanOfValue("from"),
            $"科目 {code} 的名称出处 “{MappingReader.Shorten(from)}” 不在文件开头的 sources 中（{known}）；请改成其中一项，或在 sources 中加上这份文件");
        return null;
    }
}
