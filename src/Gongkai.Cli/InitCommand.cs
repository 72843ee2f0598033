using System.CommandLine;
using Gongkai.Cli.Init;
using Gongkai.Diagnostics;

namespace Gongkai.Cli;

/// <summary>
/// <c>gongkai init [dir]</c>: a new content repository. Writes into an empty or missing folder, or one whose files do
/// not clash with the new ones; never overwrites (GK0003 lists what is in the way and nothing is written).
/// </summary>
internal static class InitCommand
{
    public static Command Create(Option<string> root, TextWriter stdout, TextWriter stderr)
    {
        var dir = new Argument<string?>("dir") { Description = "新内容仓库的目录（默认 --root，即当前目录）", Arity = ArgumentArity.ZeroOrOne };
        var title = new Option<string>("--title") { Description = "站点标题", DefaultValueFactory = _ => "预算公开" };
        var region = new Option<string>("--region") { Description = "第一个地区的 id（小写字母、数字、连字符）", DefaultValueFactory = _ => "local" };
        var regionName = new Option<string>("--region-name") { Description = "第一个地区的名称", DefaultValueFactory = _ => "本地区" };
        var command = new Command("init", "新建一个内容仓库：site.yml、content/（表样、科目目录、名词解释）、编辑器的 JSON Schema 设置、CI 工作流；不覆盖已有文件") { dir, title, region, regionName };
        command.SetAction(parse =>
        {
            var target = Path.GetFullPath(parse.GetValue(dir) ?? parse.GetValue(root)!);
            var regionId = parse.GetValue(region)!;
            if (!Load.Ids.IsValid(regionId))
            {
                stderr.WriteLine($"error {DiagnosticCodes.InvalidId}: 地区 id “{regionId}” 不合法；只能用小写字母、数字和连字符");
                return GongkaiCommand.UsageOrInternal;
            }

            var files = InitFiles.Content(parse.GetValue(title)!, regionId, parse.GetValue(regionName)!);
            var clashes = files.Keys.Where(f => Path.Exists(Path.Combine(target, f))).Order(StringComparer.Ordinal).ToList();
            if (Directory.Exists(Path.Combine(target, InitFiles.SchemaFolder)) || File.Exists(Path.Combine(target, ".vscode", "settings.json")))
            {
                clashes.Add(File.Exists(Path.Combine(target, ".vscode", "settings.json")) ? ".vscode/settings.json" : InitFiles.SchemaFolder + "/");
            }

            if (clashes.Count > 0)
            {
                stderr.WriteLine($"{target}:1:1: error {DiagnosticCodes.WouldOverwrite}: 目录中已有 {string.Join("、", clashes.Take(5))}{(clashes.Count > 5 ? $" 等 {clashes.Count} 项" : "")}；" +
                    "gongkai init 不覆盖已有文件，什么都没有写；请换一个空目录，或移走这些文件后重试");
                return 1;
            }

            foreach (var (file, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                FileOutput.WriteNew(target, file, text, stdout);
            }

            Directory.CreateDirectory(Path.Combine(target, "content", "units"));
            SchemasCommand.WriteFor(target, Path.Combine(target, InitFiles.SchemaFolder), stdout, writeSettings: true);
            stdout.WriteLine($"已在 {target} 新建内容仓库。下一步：gongkai new unit <单位id> --name 单位全称 --region {regionId} --year {DateTime.Today.Year + 1}，然后 gongkai build");
            return 0;
        });
        return command;
    }
}
