using System.CommandLine;
using Gongkai.Build;
using Gongkai.Load;

namespace Gongkai.Cli;

/// <summary><c>gongkai new unit ID --name … --region … --year …</c>: scaffolds a unit-year that passes <c>check</c>.</summary>
internal static class NewCommand
{
    public static Command Create(Option<string> root, TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("id") { Description = "单位 id（小写字母、数字、连字符）" };
        var name = new Option<string>("--name") { Description = "单位全称", Required = true };
        var region = new Option<string>("--region") { Description = "地区 id（content/regions.yml）", Required = true };
        var year = new Option<int>("--year") { Description = "年度", Required = true };
        var kind = new Option<string>("--kind") { Description = "单位性质", DefaultValueFactory = _ => "行政单位" };
        var unit = new Command("unit", "新建一个单位的年度公开：unit.yml、disclosure.yml 和全部标准表（空表，可通过校验）") { id, name, region, year, kind };
        unit.SetAction(parse =>
        {
            var siteRoot = parse.GetValue(root)!;
            var unitId = parse.GetValue(id)!;
            if (!Ids.IsValid(unitId))
            {
                stderr.WriteLine($"error {Diagnostics.DiagnosticCodes.InvalidId}: 单位 id “{unitId}” 不合法；只能用小写字母、数字和连字符");
                return GongkaiCommand.UsageOrInternal;
            }

            var (content, _) = BuildPipeline.Check(siteRoot);
            var files = Scaffold.UnitYear(content, unitId, parse.GetValue(name)!, parse.GetValue(region)!, parse.GetValue(year), parse.GetValue(kind)!);
            var existing = files.Keys.Where(f => File.Exists(Path.Combine(siteRoot, f)) && !f.EndsWith("unit.yml", StringComparison.Ordinal)).ToList();
            if (existing.Count > 0)
            {
                stderr.WriteLine($"error {Diagnostics.DiagnosticCodes.Duplicate}: {existing[0]} 已存在；不会覆盖已有文件");
                return 1;
            }

            foreach (var (file, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                var full = Path.Combine(siteRoot, file);
                if (File.Exists(full))
                {
                    continue;
                }

                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text);
                stdout.WriteLine($"已创建 {file}");
            }

            return 0;
        });
        return new Command("new", "新建内容") { unit };
    }
}
