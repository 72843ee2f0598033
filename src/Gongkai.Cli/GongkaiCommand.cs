using System.CommandLine;
using Gongkai.Diagnostics;

namespace Gongkai.Cli;

/// <summary>The <c>gongkai</c> command line: build, check, serve, new, init, schemas, diff.</summary>
internal static class GongkaiCommand
{
    /// <summary>Exit code for usage errors and internal failures.</summary>
    public const int UsageOrInternal = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new Option<string>("--root") { Description = "站点根目录（含 site.yml 与 content/），默认当前目录", DefaultValueFactory = _ => Directory.GetCurrentDirectory() };
        var command = new RootCommand("Gongkai（公开）：预算公开静态站点生成器")
        {
            BuildCommand.Create(root, stdout, stderr),
            CheckCommand.Create(root, stdout, stderr),
            ServeCommand.Create(root, stdout, stderr),
            NewCommand.Create(root, stdout, stderr),
            InitCommand.Create(root, stdout, stderr),
            SchemasCommand.Create(root, stdout, stderr),
            DiffCommand.Create(root, stdout, stderr),
        };
        foreach (var version in command.Options.OfType<VersionOption>())
        {
            version.Action = new VersionAction();
        }

        command.Options.Add(root);
        root.Recursive = true;
        try
        {
            var parse = command.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    await stderr.WriteLineAsync($"{DiagnosticCodes.Internal}: {error.Message}");
                }

                await stderr.WriteLineAsync("用法见 gongkai --help");
                return UsageOrInternal;
            }

            return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await stderr.WriteLineAsync($"error {DiagnosticCodes.Internal}: 内部错误：{ex.GetType().Name}: {ex.Message}");
            return UsageOrInternal;
        }
    }
}
