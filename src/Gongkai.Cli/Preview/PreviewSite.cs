using Gongkai.Build;
using Gongkai.Diagnostics;

namespace Gongkai.Cli.Preview;

/// <summary>
/// The preview's build state. Each rebuild renders the whole site into memory; only a good build replaces the
/// current <see cref="SiteSnapshot"/>, and it does so with one reference swap, so no request ever sees a half-built
/// site. A failed build, or one that throws (a template error), keeps the last good site and records the problems
/// for the error overlay. Unchanged unit-years are replayed from an in-memory render cache (Cache/MemoryRenderCache).
/// </summary>
internal sealed class PreviewSite(string root, TextWriter stdout, TextWriter stderr)
{
    /// <summary>An editor's save is a burst of events within a few milliseconds; one rebuild follows the burst.</summary>
    private const int DebounceMs = 50;

    private readonly Lock _build = new();
    private readonly Lock _timer = new();
    private PreviewState _state = PreviewState.Empty;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Timer? _debounce;

    // Unit-years whose inputs did not change since the last good build are replayed, not rendered again.
    private readonly Gongkai.Cache.MemoryRenderCache _cache = new();

    public PreviewState State => Volatile.Read(ref _state);

    /// <summary>Builds now; true when the build succeeded. Never throws: every failure becomes a problem to show.</summary>
    public bool Rebuild()
    {
        lock (_build)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            IReadOnlyList<Diagnostic> problems;
            SiteSnapshot? site = null;
            try
            {
                var (content, diagnostics, files) = BuildPipeline.Render(root, strict: false, _cache);
                problems = [.. diagnostics.Where(d => d.IsBlocking)];
                if (files is not null)
                {
                    site = new SiteSnapshot(files, content.Config.BaseUrl);
                    _cache.Commit();
                }
                else
                {
                    _cache.Reset();
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                _cache.Reset();
                // Until every template error has its own diagnostic, an exception is shown as one.
                problems = [new Diagnostic(Severity.Error, DiagnosticCodes.Internal, SourceSpan.WholeFile("templates"), $"{ex.GetType().Name}: {ex.Message}")];
            }

            var current = State;
            Publish(site is null ? current with { Problems = problems, Version = current.Version + 1 } : new PreviewState(site, [], current.Version + 1));
            if (site is null)
            {
                DiagnosticPrinter.Print(problems, "text", stderr);
                stderr.WriteLine(current.Site is null ? "构建失败；修正后保存文件即可自动重试" : "构建失败，预览仍显示上一次成功的版本（浏览器中显示错误列表）");
                return false;
            }

            stdout.WriteLine($"已重新生成 {site.Files.Count} 个文件（{clock.ElapsedMilliseconds} 毫秒，{_cache.Hits} 个单位年度沿用上次的页面）");
            return true;
        }
    }

    /// <summary>Completes when the version differs from <paramref name="since"/> (at once if it already does).</summary>
    public async Task WaitForChangeAsync(int since, CancellationToken cancel)
    {
        while (true)
        {
            var changed = Volatile.Read(ref _changed).Task;
            if (State.Version != since)
            {
                return;
            }

            await changed.WaitAsync(cancel);
        }
    }

    /// <summary>Watches content/, templates/ and site.yml; a burst of saves triggers one rebuild.</summary>
    public IDisposable Watch()
    {
        var watchers = new List<FileSystemWatcher>();
        foreach (var dir in new[] { "content", "templates" }.Select(d => Path.Combine(root, d)).Where(Directory.Exists))
        {
            watchers.Add(Start(new FileSystemWatcher(dir) { IncludeSubdirectories = true }));
        }

        watchers.Add(Start(new FileSystemWatcher(root, "site.yml")));
        return new Watchers(watchers);
    }

    private void Publish(PreviewState state)
    {
        // State first, then wake the waiters: a waiter that sees the new signal also sees the new state.
        Volatile.Write(ref _state, state);
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    private FileSystemWatcher Start(FileSystemWatcher watcher)
    {
        watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
        FileSystemEventHandler changed = (_, _) => Schedule();
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, _) => Schedule();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void Schedule()
    {
        lock (_timer)
        {
            _debounce?.Dispose();
            _debounce = new Timer(_ => Rebuild(), null, DebounceMs, Timeout.Infinite);
        }
    }

    private sealed class Watchers(List<FileSystemWatcher> watchers) : IDisposable
    {
        public void Dispose() => watchers.ForEach(w => w.Dispose());
    }
}
