using Gongkai.Build;

namespace Gongkai.Cli;

/// <summary>The preview's build state: rebuilds on change (debounced) and bumps a version that pages poll.</summary>
internal sealed class PreviewSite(string root, string? output, TextWriter stdout, TextWriter stderr)
{
    private readonly Lock _gate = new();
    private Timer? _debounce;
    private int _version;

    public string Output { get; private set; } = Path.Combine(root, output ?? "_site");

    public int Version => Volatile.Read(ref _version);

    public bool Rebuild()
    {
        lock (_gate)
        {
            var result = BuildPipeline.Run(new BuildOptions(root, output));
            DiagnosticPrinter.Print([.. result.Diagnostics.Where(d => d.IsBlocking || (d.Severity == Diagnostics.Severity.Warning && d.AcknowledgedNote is null))], "text", result.ExitCode == 0 ? stdout : stderr);
            if (result.ExitCode != 0)
            {
                stderr.WriteLine("构建失败，预览仍显示上一次成功的版本");
                return false;
            }

            Output = result.OutputPath ?? Output;
            stdout.WriteLine($"已重新生成 {result.PagesWritten} 个页面（{result.Elapsed.TotalMilliseconds:0} 毫秒）");
            Interlocked.Increment(ref _version);
            return true;
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
        lock (_gate)
        {
            _debounce?.Dispose();
            _debounce = new Timer(_ => Rebuild(), null, 250, Timeout.Infinite);
        }
    }

    private sealed class Watchers(List<FileSystemWatcher> watchers) : IDisposable
    {
        public void Dispose() => watchers.ForEach(w => w.Dispose());
    }
}
