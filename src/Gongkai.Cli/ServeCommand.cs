using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Gongkai.Cli;

/// <summary>
/// <c>gongkai serve [--port N]</c>: builds, serves the output on 127.0.0.1, rebuilds when content or templates
/// change and tells open pages to reload (server-sent events; the reload script exists only in preview).
/// </summary>
internal static class ServeCommand
{
    private const string ReloadScript = "/__gongkai/reload.js";

    public static Command Create(Option<string> root, TextWriter stdout, TextWriter stderr)
    {
        var port = new Option<int>("--port") { Description = "端口（默认 8080）", DefaultValueFactory = _ => 8080 };
        var output = new Option<string?>("--out") { Description = "输出目录（默认 site.yml 的 output）" };
        var command = new Command("serve", "本地预览：生成站点并在 127.0.0.1 上提供，内容变化时自动重新生成并刷新页面") { port, output };
        command.SetAction(async (parse, cancel) =>
        {
            var siteRoot = Path.GetFullPath(parse.GetValue(root)!);
            var preview = new PreviewSite(siteRoot, parse.GetValue(output), stdout, stderr);
            if (!preview.Rebuild())
            {
                stderr.WriteLine("首次构建失败；修正后保存文件即可自动重试");
            }

            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls($"http://127.0.0.1:{parse.GetValue(port)}");
            var app = builder.Build();
            app.Run(async context =>
            {
                if (context.Request.Path == ReloadScript)
                {
                    context.Response.ContentType = "text/javascript; charset=utf-8";
                    await context.Response.WriteAsync("new EventSource('/__gongkai/events').onmessage = () => location.reload();\n");
                    return;
                }

                if (context.Request.Path == "/__gongkai/events")
                {
                    context.Response.ContentType = "text/event-stream";
                    var version = preview.Version;
                    while (!context.RequestAborted.IsCancellationRequested && preview.Version == version)
                    {
                        await Task.Delay(300, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                    }

                    if (!context.RequestAborted.IsCancellationRequested)
                    {
                        await context.Response.WriteAsync("data: reload\n\n");
                    }

                    return;
                }

                await ServeFile(context, preview.Output);
            });
            using var watcher = preview.Watch();
            stdout.WriteLine($"预览地址：http://127.0.0.1:{parse.GetValue(port)}/  （Ctrl+C 结束）");
            await app.StartAsync(cancel);
            await Task.Delay(Timeout.Infinite, cancel).ContinueWith(_ => { }, TaskScheduler.Default);
            await app.StopAsync(CancellationToken.None);
            return 0;
        });
        return command;
    }

    /// <summary>Serves a file of the built site, mapping the base URL and injecting the reload script into HTML.</summary>
    private static async Task ServeFile(HttpContext context, string output)
    {
        var provider = new PhysicalFileProvider(output);
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        if (path.EndsWith('/'))
        {
            path += "index.html";
        }

        var file = provider.GetFileInfo(path);
        if (!file.Exists && provider.GetFileInfo(path + "/index.html") is { Exists: true })
        {
            context.Response.Redirect(context.Request.Path + "/");
            return;
        }

        if (!file.Exists)
        {
            context.Response.StatusCode = 404;
            file = provider.GetFileInfo("/404.html");
            path = "/404.html";
            if (!file.Exists)
            {
                return;
            }
        }

        var contentType = Write.ContentTypes.For(path);
        context.Response.ContentType = contentType;
        await using var stream = file.CreateReadStream();
        if (contentType.StartsWith("text/html", StringComparison.Ordinal))
        {
            using var reader = new StreamReader(stream);
            var html = await reader.ReadToEndAsync();
            html = html.Replace("</body>", $"<script src=\"{ReloadScript}\"></script></body>", StringComparison.Ordinal);
            await context.Response.WriteAsync(html);
            return;
        }

        await stream.CopyToAsync(context.Response.Body);
    }
}
