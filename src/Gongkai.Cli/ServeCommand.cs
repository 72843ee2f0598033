using System.CommandLine;
using Gongkai.Cli.Preview;

namespace Gongkai.Cli;

/// <summary>
/// <c>gongkai serve [--port N]</c>: builds into memory, serves the site on 127.0.0.1, rebuilds when content or
/// templates change and tells open pages to reload; a failed build keeps the last good site and shows its errors
/// in the browser. Writes nothing to disk (the reload script and overlay exist only in preview).
/// </summary>
internal static class ServeCommand
{
    public static Command Create(Option<string> root, TextWriter stdout, TextWriter stderr)
    {
        var port = new Option<int>("--port") { Description = "端口（默认 8080）", DefaultValueFactory = _ => 8080 };
        var command = new Command("serve", "本地预览：在内存中生成站点并在 127.0.0.1 上提供，内容变化时自动重新生成并刷新页面；构建失败时在浏览器中显示错误") { port };
        command.SetAction(async (parse, cancel) =>
        {
            var siteRoot = Path.GetFullPath(parse.GetValue(root)!);
            var preview = new PreviewSite(siteRoot, stdout, stderr);
            preview.Rebuild();
            using var watcher = preview.Watch();
            var (app, origin) = await PreviewServer.StartAsync(preview, parse.GetValue(port), cancel);
            await using (app)
            {
                stdout.WriteLine($"预览地址：{origin}{preview.State.Site?.BaseUrl ?? "/"}  （Ctrl+C 结束）");
                await Task.Delay(Timeout.Infinite, cancel).ContinueWith(_ => { }, TaskScheduler.Default);
                await app.StopAsync(CancellationToken.None);
            }

            return 0;
        });
        return command;
    }
}
