using System.CommandLine;
using System.Globalization;
using Gongkai.Build;

namespace Gongkai.Cli;

/// <summary><c>gongkai build [--out DIR] [--strict]</c>: validate, then write the whole site or nothing.</summary>
internal static class BuildCommand
{
    public static Command Create(Option<string> root, TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string?>("--out") { Description = "输出目录（默认 site.yml 的 output，即 _site）" };
        var strict = new Option<bool>("--strict") { Description = "把警告当作错误" };
        var noCache = new Option<bool>("--no-cache") { Description = "不使用也不更新构建缓存 .gongkai-cache/（完整重新生成）" };
        var command = new Command("build", "校验 content/ 并生成静态站点") { output, strict, noCache };
        command.SetAction(parse =>
        {
            var options = new BuildOptions(parse.GetValue(root)!, parse.GetValue(output), parse.GetValue(strict), NoCache: parse.GetValue(noCache));
            var result = BuildProgress.Run("正在校验 content/ 并生成站点", stdout, () => BuildPipeline.Run(options));

            // Lists errors and open warnings only, but the summary counts everything, as check's does.
            DiagnosticPrinter.Print(result.Diagnostics, "text", result.ExitCode == 0 ? stdout : stderr,
                d => d.IsBlocking || (d.Severity == Diagnostics.Severity.Warning && d.AcknowledgedNote is null));
            if (result.ExitCode != 0)
            {
                stderr.WriteLine(result.UsageError ? "构建失败：输出目录不可用，未写出站点" : "构建失败：有未确认的错误，未写出站点（原有的站点保持不变）");
                return result.ExitCode;
            }

            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"已生成 {result.PagesWritten} 个页面、共 {result.FilesWritten} 个文件到 {result.OutputPath}，用时 {result.Elapsed.TotalSeconds:0.00} 秒"));
            return 0;
        });
        return command;
    }
}
