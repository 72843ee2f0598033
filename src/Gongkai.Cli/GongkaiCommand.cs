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
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The file system refused (disk full, permission, a path part that is a file): the user can fix that, so it
            // gets its own code and no type name. The site is swapped in whole or not at all, so the old one still stands.
            await stderr.WriteLineAsync($"error {DiagnosticCodes.IoFailed}: 读写文件失败（{ex.Message}）。请检查磁盘空间、目录权限，以及输出目录的每一级上级是否都是目录，然后重新运行；输出目录仍是上次完整生成的站点（或本次完整生成的站点），不会是半成品");
            return UsageOrInternal;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await stderr.WriteLineAsync($"error {DiagnosticCodes.Internal}: 内部错误：{ex.GetType().Name}: {ex.Message}");
            return UsageOrInternal;
        }
    }
}
