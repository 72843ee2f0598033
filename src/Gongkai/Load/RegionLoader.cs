using Gongkai.Diagnostics;
using Gongkai.Model;

namespace Gongkai.Load;

/// <summary>Reads content/regions.yml.</summary>
internal static class RegionLoader
{
    public const string FileName = "content/regions.yml";

    public static List<Region> Load(string root, DiagnosticBag diagnostics)
    {
        var full = Path.Combine(root, FileName);
        if (!RepoFiles.Exists(full))
        {
            diagnostics.Error(DiagnosticCodes.MissingFile, SourceSpan.WholeFile(FileName), "找不到 content/regions.yml；请创建并列出各地区（id、name）");
            return [];
        }

        var r = MappingReader.From(YamlFile.Parse(full, FileName, diagnostics), FileName, diagnostics, "地区文件");
        if (r is null)
        {
            return [];
        }

        var regions = ListReader.Read(r.Sequence("regions", required: true), FileName, diagnostics, "地区", x =>
        {
            var id = x.String("id", required: true);
            var name = x.String("name", required: true);
            x.ReportUnknown("地区");
            return id is null || name is null || !Ids.Check(id, x.SpanOfValue("id"), x.Diagnostics, "地区 id") ? null : new Region(id, name, x.Span);
        });
        r.ReportUnknown("地区文件");
        foreach (var group in regions.GroupBy(x => x.Id).Where(g => g.Count() > 1))
        {
            diagnostics.Error(DiagnosticCodes.Duplicate, group.Skip(1).First().Span, $"地区 id “{group.Key}” 重复");
        }

        return [.. regions.DistinctBy(x => x.Id)];
    }
}
