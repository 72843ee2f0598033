using Gongkai.Build;
using Gongkai.Diagnostics;

namespace Gongkai.Cli.Preview;

/// <summary>
/// The preview's build state. The checked model stays in memory (<see cref="ContentSession"/>): an edit inside a
/// unit loads, checks and renders that unit alone and publishes its pages at once, then the whole site is rendered
/// again in the background from the same model (unchanged unit-years replayed from an in-memory render cache). Only
/// a good build replaces the current <see cref="SiteSnapshot"/>, with one reference swap, so no request ever sees a
/// half-built site; a failed build, or one that throws, keeps the last good site and records the problems for the
/// error overlay.
/// </summary>
internal sealed class PreviewSite(string root, TextWriter stdout, TextWriter stderr)
{
    /// <summary>An editor's save is a burst of events within a few milliseconds; one rebuild follows the burst.</summary>
    private const int DebounceMs = 50;

    // Lock order: _render before _build. _build guards the session and the published state and is held only briefly
    // by the fast path; _render is held for a whole-site render and guards the render cache.
    private readonly Lock _build = new();
    private readonly Lock _render = new();
    private readonly Lock _timer = new();
    private readonly AutoResetEvent _wake = new(initialState: false);
    private long _lastEventTicks;
    private PreviewState _state = PreviewState.Empty;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HashSet<string> _pending = new(StringComparer.Ordinal);
    private ContentSession? _session;
    private int _renderedVersion = -1;
    private Task _siteRender = Task.CompletedTask;
    private Gongkai.Render.TemplateSet? _templates;

    // Reset while an edited unit is rendered: the background render of the whole site waits at its next file.
    private readonly ManualResetEventSlim _background = new(initialState: true);

    // Unit-years whose inputs did not change since the last good build are replayed, not rendered again.
    private readonly Gongkai.Cache.MemoryRenderCache _cache = new();

    public PreviewState State => Volatile.Read(ref _state);

    /// <summary>The render of the whole site that follows a fast update (completed when none is running).</summary>
    public Task SiteRendered
    {
        get
        {
            lock (_build)
            {
                return _siteRender;
            }
        }
    }

    /// <summary>Loads, checks and renders the whole site now; true when the build succeeded. Never throws.</summary>
    public bool Rebuild()
    {
        lock (_render)
        {
            lock (_build)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                ContentSession? session = null;
                SiteSnapshot? site = null;
                var problems = Guard(() =>
                {
                    session = ContentSession.Open(root, (_session?.Version ?? 0) + 1);
                    _templates = Gongkai.Render.TemplateSet.Load(root, new DiagnosticBag());
                    var (diagnostics, files) = BuildPipeline.RenderChecked(root, session.Content, session.Diagnostics, _cache, templates: _templates);
                    site = files is null ? null : new SiteSnapshot(files, session.Content.Config.BaseUrl);
                    return [.. diagnostics.Where(d => d.IsBlocking)];
                });
                _session = session;
                if (site is null)
                {
                    _cache.Reset();
                    return Failed(problems);
                }

                PublishSite(session!, site, clock);
                return true;
            }
        }
    }

    /// <summary>
    /// Rebuilds after edits to <paramref name="changed"/> (paths relative to the root, '/'-separated). Edits inside
    /// existing units load, check and render just those units and publish their pages at once; the rest of the site
    /// (lists, comparisons, search) follows from a whole-site render in the background (<see cref="SiteRendered"/>).
    /// Any other edit rebuilds everything. True when the edited pages are published.
    /// </summary>
    public bool Rebuild(IReadOnlyCollection<string> changed)
    {
        lock (_build)
        {
            var units = State.Site is null || _session is null || _templates is null ? null : _session.UnitsOf(changed);
            if (units is not null)
            {
                return FastRebuild(_session!, units);
            }
        }

        return Rebuild();
    }

    private bool FastRebuild(ContentSession previous, IReadOnlySet<string> units)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        List<Gongkai.Write.OutputFile>? files = null;
        ContentSession? session = null;
        var checkedAt = TimeSpan.Zero;
        _background.Reset();
        IReadOnlyList<Diagnostic> problems;
        try
        {
            problems = Guard(() =>
            {
                session = previous.Update(units);
                checkedAt = clock.Elapsed;
                if (session.IsBlocked)
                {
                    return [.. session.Diagnostics.Where(d => d.IsBlocking)];
                }

                var templateErrors = new DiagnosticBag();
                files = Gongkai.Render.SiteRenderer.TryRenderUnits(session.Content, session.Diagnostics, root, _templates!, session.Content.Units.Where(u => units.Contains(u.Id)), templateErrors);
                return templateErrors.Sorted();
            });
        }
        finally
        {
            _background.Set();
        }

        // Kept even when blocked: the next edit of a unit that no longer loads asks for a full load (UnitsOf).
        _session = session ?? previous;
        if (files is null)
        {
            return Failed(problems);
        }

        var site = State.Site!.With(files);
        Publish(new PreviewState(site, [], State.Version + 1));
        stdout.WriteLine($"已更新 {files.Count} 个文件（{clock.ElapsedMilliseconds} 毫秒，其中载入与校验 {checkedAt.TotalMilliseconds:F0} 毫秒；单位 {string.Join("、", units.Order(StringComparer.Ordinal))}）；其余页面在后台重新生成");
        _siteRender = Task.Run(RenderSite);
        return true;
    }

    /// <summary>The whole site from the session's model (no load, no check); published only if no edit came since.</summary>
    private void RenderSite()
    {
        lock (_render)
        {
            ContentSession session;
            lock (_build)
            {
                if (_session is null || _session.Version == _renderedVersion || _session.IsBlocked)
                {
                    return;
                }

                session = _session;
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            List<Gongkai.Write.OutputFile>? files = null;
            var problems = Guard(() =>
            {
                // One core is left to the next edit's fast path and to the server's requests.
                var (diagnostics, rendered) = BuildPipeline.RenderChecked(root, session.Content, session.Diagnostics, _cache, _background, Math.Max(1, Environment.ProcessorCount - 1), _templates);
                files = rendered;
                return [.. diagnostics.Where(d => d.IsBlocking)];
            });
            lock (_build)
            {
                if (files is null || _session!.Version != session.Version)
                {
                    // A newer edit's own render follows; a template error in a site-wide page is shown like any other.
                    _cache.Reset();
                    if (files is null && _session!.Version == session.Version)
                    {
                        Failed(problems);
                    }

                    return;
                }

                PublishSite(session, new SiteSnapshot(files, session.Content.Config.BaseUrl), clock);
            }
        }
    }

    /// <summary>A whole-site render of <paramref name="session"/> succeeded (caller holds _build): its groups become the cache, its site the one served.</summary>
    private void PublishSite(ContentSession session, SiteSnapshot site, System.Diagnostics.Stopwatch clock)
    {
        _cache.Commit();
        _renderedVersion = session.Version;
        Publish(new PreviewState(site, [], State.Version + 1));
        stdout.WriteLine($"已重新生成 {site.Files.Count} 个文件（{clock.ElapsedMilliseconds} 毫秒，{_cache.Hits} 个单位年度沿用上次的页面）");
    }

    /// <summary>Runs a build step; every failure, even an exception, becomes problems to show (the server never stops).</summary>
    private static IReadOnlyList<Diagnostic> Guard(Func<IReadOnlyList<Diagnostic>> step)
    {
        try
        {
            return step();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Until every template error has its own diagnostic, an exception is shown as one.
            return [new Diagnostic(Severity.Error, DiagnosticCodes.Internal, SourceSpan.WholeFile("templates"), $"{ex.GetType().Name}: {ex.Message}")];
        }
    }

    private bool Failed(IReadOnlyList<Diagnostic> problems)
    {
        var current = State;
        Publish(current with { Problems = problems, Version = current.Version + 1 });
        DiagnosticPrinter.Print(problems, "text", stderr);
        stderr.WriteLine(current.Site is null ? "构建失败；修正后保存文件即可自动重试" : "构建失败，预览仍显示上一次成功的版本（浏览器中显示错误列表）");
        return false;
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
        var stop = new CancellationTokenSource();
        var loop = new Thread(() => RebuildLoop(stop.Token)) { IsBackground = true, Name = "gongkai-preview-rebuild" };
        loop.Start();
        return new Watchers(watchers, stop, loop);
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
        FileSystemEventHandler changed = (_, e) => Schedule(e.FullPath);
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, e) =>
        {
            Schedule(e.OldFullPath);
            Schedule(e.FullPath);
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void Schedule(string fullPath)
    {
        lock (_timer)
        {
            _pending.Add(Path.GetRelativePath(root, fullPath).Replace(Path.DirectorySeparatorChar, '/'));
            _lastEventTicks = Environment.TickCount64;
        }

        _wake.Set();
    }

    /// <summary>
    /// The rebuild loop, on its own thread rather than a timer's: a timer callback needs a thread-pool thread, and
    /// while the background render keeps the pool busy the edit would wait for one.
    /// </summary>
    private void RebuildLoop(CancellationToken stop)
    {
        while (WaitHandle.WaitAny([_wake, stop.WaitHandle]) == 0)
        {
            // One rebuild after the burst of events a save makes.
            while (Environment.TickCount64 - Volatile.Read(ref _lastEventTicks) < DebounceMs)
            {
                Thread.Sleep(5);
            }

            if (TakePending() is { Count: > 0 } paths)
            {
                Rebuild(paths);
            }
        }
    }

    private HashSet<string> TakePending()
    {
        lock (_timer)
        {
            var paths = _pending;
            _pending = new(StringComparer.Ordinal);
            return paths;
        }
    }

    private sealed class Watchers(List<FileSystemWatcher> watchers, CancellationTokenSource stop, Thread loop) : IDisposable
    {
        public void Dispose()
        {
            watchers.ForEach(w => w.Dispose());
            stop.Cancel();
            loop.Join();
            stop.Dispose();
        }
    }
}
