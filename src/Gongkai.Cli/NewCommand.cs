using System.CommandLine;
using Gongkai.Build;
using Gongkai.Load;

namespace Gongkai.Cli;

/// <summary><c>gongkai new unit ID --name … --region … --year …</c> and <c>gongkai new year UNIT YEAR --from PREVIOUS</c>: scaffolds a unit-year that passes <c>check</c>.</summary>
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
        return new Command("new", "新建内容") { unit, YearCommand(root, stdout, stderr) };
    }

    /// <summary><c>gongkai new year UNIT YEAR --from PREVIOUS</c>: next year's disclosure from last year's structure, amounts cleared.</summary>
    private static Command YearCommand(Option<string> root, TextWriter stdout, TextWriter stderr)
    {
        var unitId = new Argument<string>("unit") { Description = "单位 id" };
        var year = new Argument<int>("year") { Description = "新的年度" };
        var from = new Option<int>("--from") { Description = "照哪一年的结构（表的行、科目、项目、绩效指标）", Required = true };
        var command = new Command("year", "照上一年的结构新建一个年度：表的行、编码、名称、项目不变，金额清空；单位概况文字保留以便修改") { unitId, year, from };
        command.SetAction(parse =>
        {
            var siteRoot = parse.GetValue(root)!;
            var id = parse.GetValue(unitId)!;
            var (content, _) = BuildPipeline.Check(siteRoot);
            if (YearLookup.Find(content, id, parse.GetValue(from), stderr) is not { } found)
            {
                return 1;
            }

            var target = parse.GetValue(year);
            var files = NextYear.Files(content, found.Unit, found.Disclosure, target, siteRoot);
            var folder = $"content/units/{id}/{target}";
            if (Path.Exists(Path.Combine(siteRoot, folder)))
            {
                stderr.WriteLine($"{folder}:1:1: error {Diagnostics.DiagnosticCodes.WouldOverwrite}: {folder} 已存在；gongkai new year 不覆盖已有文件，什么都没有写；请换一个年度，或确认后手动删除该目录");
                return 1;
            }

            foreach (var (file, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                FileOutput.WriteNew(siteRoot, file, text, stdout);
            }

            stdout.WriteLine($"已照 {found.Disclosure.Year} 年的结构新建 {folder}（{found.Disclosure.Tables.Count} 张表，金额已清空）；请按 {target} 年原文填写金额和说明，然后运行 gongkai check");
            return 0;
        });
        return command;
    }
}
