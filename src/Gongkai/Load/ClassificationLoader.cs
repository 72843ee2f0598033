using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Load;

/// <summary>Reads content/classification/{functional,economic}.yml: one name per code, with published variants.</summary>
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

        var codes = ListReader.Read(r.Sequence("codes", required: true), file, diagnostics, "科目", c =>
        {
            var code = c.String("code", required: true);
            var name = c.String("name", required: true);
            var variants = c.Strings("variants");
            var misprint = c.String("misprint");
            var misprintFor = c.String("for");
            c.ReportUnknown("科目");
            if (code is not null && !code.All(char.IsAsciiDigit))
            {
                c.Diagnostics.Error(DiagnosticCodes.InvalidCode, c.SpanOfValue("code"), $"科目编码 “{MappingReader.Shorten(code)}” 只能由数字组成");
                return null;
            }

            return code is null || name is null ? null : new ClassificationCode(code, name, variants, c.Span) { Misprint = misprint, MisprintFor = misprintFor };
        });
        r.ReportUnknown("科目文件");
        foreach (var group in codes.GroupBy(c => c.Code).Where(g => g.Count() > 1))
        {
            diagnostics.Error(DiagnosticCodes.Duplicate, group.Skip(1).First().Span, $"科目编码 {group.Key} 重复；每个编码只能有一个名称，其他写法放进 variants");
        }

        return codes;
    }
}
