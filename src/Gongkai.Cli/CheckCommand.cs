using System.CommandLine;
using Gongkai.Build;

namespace Gongkai.Cli;

/// <summary><c>gongkai check [--format text|json|github|sarif|gitlab]</c>: validate only; exit 1 on unacknowledged errors.</summary>
internal static class CheckCommand
{
    public static Command Create(Option<string> root, TextWriter stdout, TextWriter stderr)
    {
        var format = new Option<string>("--format") { Description = "输出格式：text、json、github（GitHub Actions 注释）、sarif（SARIF 2.1.0）或 gitlab（GitLab 代码质量报告）", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "github", "sarif", "gitlab");
        var strict = new Option<bool>("--strict") { Description = "把警告当作错误" };
        var command = new Command("check", "只校验，不生成站点") { format, strict };
        command.SetAction(parse =>
        {
            var (_, diagnostics) = BuildPipeline.Check(parse.GetValue(root)!, parse.GetValue(strict));
            DiagnosticPrinter.Print(diagnostics, parse.GetValue(format)!, stdout);
            _ = stderr;
            return diagnostics.Any(d => d.IsBlocking) ? 1 : 0;
        });
        return command;
    }
}
