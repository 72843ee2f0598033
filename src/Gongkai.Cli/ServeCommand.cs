using System.CommandLine;
using Gongkai.Cli.Preview;

namespace Gongkai.Cli;

/// <summary>
/// <c>gongkai serve [FILE] [--port N]</c>: builds into memory, serves the site on 127.0.0.1, rebuilds when content or
/// templates change and tells open pages to reload; a failed build keeps the last good site and shows its errors
/// in the browser. Writes nothing to disk (the reload script and overlay exist only in preview). Given the file
/// being edited, it prints (and on an interactive terminal opens) that file's page; after each rebuild it prints
/// the URL of every page that changed.
/// </summary>
internal static class ServeCommand
{
    /// <summary>A rebuild after editing a shared file changes every page; the first few URLs are enough.</summary>
    private const int MaxListed = 10;

    public static Command Create(Option<string> root, TextWriter stdout, TextWriter stderr)
    {
        var port = new Option<int>("--port") { Description = "端口（默认 8080）", DefaultValueFactory = _ => 8080 };
        var file = new Argument<string?>("file") { Description = "正在编辑的文件（如 content/units/x/2026/tables/general-budget.yml）：打开它所在的页面", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("serve", "本地预览：在内存中生成站点并在 127.0.0.1 上提供，内容变化时自动重新生成并刷新页面，并列出有变化的页面；构建失败时在浏览器中显示错误") { file, port };
        command.SetAction(async (parse, cancel) =>
        {
            var siteRoot = Path.GetFullPath(parse.GetValue(root)!);
            var preview = new PreviewSite(siteRoot, stdout, stderr);
            preview.Rebuild();
            using var watcher = preview.Watch();
            var (app, origin) = await PreviewServer.StartAsync(preview, parse.GetValue(port), cancel);
            await using (app)
            {
                var baseUrl = preview.State.Site?.BaseUrl ?? "/";
                stdout.WriteLine($"预览地址：{origin}{baseUrl}  （Ctrl+C 结束）");
                if (parse.GetValue(file) is { } edited)
                {
                    var page = $"{origin}{baseUrl}{PageUrls.ForFile(Path.GetRelativePath(siteRoot, Path.GetFullPath(edited)))}";
                    stdout.WriteLine($"正在编辑的页面：{page}");
                    OpenBrowser(page, stdout);
                }

                await ReportChanges(preview, $"{origin}{baseUrl}", stdout, cancel);
                await app.StopAsync(CancellationToken.None);
            }

            return 0;
        });
        return command;
    }

    /// <summary>After each good rebuild, one line per changed page until Ctrl+C.</summary>
    private static async Task ReportChanges(PreviewSite preview, string site, TextWriter stdout, CancellationToken cancel)
    {
        var seen = preview.State;
        try
        {
            while (true)
            {
                await preview.WaitForChangeAsync(seen.Version, cancel);
                var now = preview.State;
                if (seen.Site is { } before && now.Site is { } after && !ReferenceEquals(before, after))
                {
                    var changed = PageUrls.Changed(before, after);
                    foreach (var page in changed.Take(MaxListed))
                    {
                        stdout.WriteLine($"已更新：{site}{page}");
                    }

                    if (changed.Count > MaxListed)
                    {
                        stdout.WriteLine($"……共 {changed.Count} 个页面有变化");
                    }
                }

                seen = now;
            }
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C.
        }
    }

    /// <summary>Opens the page in the desktop's browser on an interactive terminal only (never in CI or tests).</summary>
    private static void OpenBrowser(string url, TextWriter stdout)
    {
        if (!BuildProgress.Interactive(stdout))
        {
            return;
        }

        try
        {
            using var _ = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(url) { UseShellExecute = true });
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            // No desktop browser (a server, a container): the printed URL is enough.
        }
    }
}
