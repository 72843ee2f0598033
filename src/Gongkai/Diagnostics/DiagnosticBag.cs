namespace Gongkai.Diagnostics;

/// <summary>Collects diagnostics from every stage instead of stopping at the first; thread-safe.</summary>
public sealed class DiagnosticBag
{
    /// <summary>
    /// Diagnostics kept per file, errors and the rest counted apart (so a flood of warnings never hides an error).
    /// A broken file can produce one per line (10,000 misspelt keys); past this the rest are counted and summarised
    /// in one GK1018, so output and time stay bounded. Real files have under 30.
    /// </summary>
    public const int MaxPerFile = 200;

    private readonly List<Diagnostic> _items = [];
    private readonly Dictionary<(string File, bool Error), int> _perFile = [];
    private readonly Dictionary<string, (int Count, bool Blocking)> _dropped = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        diagnostic = Printable.Of(diagnostic);
        lock (_gate)
        {
            var file = diagnostic.Span.File;
            var key = (file, diagnostic.Severity == Severity.Error);
            var count = _perFile.GetValueOrDefault(key);
            if (count >= MaxPerFile)
            {
                var dropped = _dropped.GetValueOrDefault(file);
                _dropped[file] = (dropped.Count + 1, dropped.Blocking || diagnostic.Severity == Severity.Error);
                return;
            }

            _perFile[key] = count + 1;
            _items.Add(diagnostic);
        }
    }

    /// <summary>Adds each of <paramref name="diagnostics"/> in order, as separate <see cref="Add"/> calls would.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    public void Error(string code, SourceSpan span, string message) => Add(new Diagnostic(Severity.Error, code, span, message));

    public void Warning(string code, SourceSpan span, string message) => Add(new Diagnostic(Severity.Warning, code, span, message));

    public void Info(string code, SourceSpan span, string message) => Add(new Diagnostic(Severity.Info, code, span, message));

    /// <summary>True when any unacknowledged error was reported.</summary>
    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(d => d.IsBlocking) || _dropped.Values.Any(d => d.Blocking);
            }
        }
    }

    /// <summary>True when some diagnostic was counted instead of kept (a file passed <see cref="MaxPerFile"/>).</summary>
    internal bool Dropped
    {
        get
        {
            lock (_gate)
            {
                return _dropped.Count > 0;
            }
        }
    }

    /// <summary>The diagnostics kept, in the order they were added (a cache replays them in that order into another bag).</summary>
    internal IReadOnlyList<Diagnostic> Items()
    {
        lock (_gate)
        {
            return [.. _items];
        }
    }

    /// <summary>Replaces the diagnostics in place (used to attach acknowledgements).</summary>
    public void Update(Func<Diagnostic, Diagnostic> map)
    {
        lock (_gate)
        {
            for (var i = 0; i < _items.Count; i++)
            {
                _items[i] = map(_items[i]);
            }
        }
    }

    /// <summary>All diagnostics in a stable order: file, line, column, code, message.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            var summaries = _dropped.Select(d => new Diagnostic(d.Value.Blocking ? Severity.Error : Severity.Warning, DiagnosticCodes.LimitExceeded, SourceSpan.WholeFile(d.Key),
                $"这个文件的诊断超过 {MaxPerFile} 条，另有 {d.Value.Count:N0} 条没有列出；请先改正上面列出的问题（常见原因：整个文件的格式都不对）"));
            return InOrder(_items.Concat(summaries));
        }
    }

    /// <summary>The stable order of <see cref="Sorted"/> (file, line, column, code, message), duplicates removed.</summary>
    public static IReadOnlyList<Diagnostic> InOrder(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Order(DiagnosticOrder.Instance).Distinct()];
}
