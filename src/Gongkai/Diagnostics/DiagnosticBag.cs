namespace Gongkai.Diagnostics;

/// <summary>Collects diagnostics from every stage instead of stopping at the first; thread-safe.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
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
                return _items.Exists(d => d.IsBlocking);
            }
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
            return [.. _items
                .OrderBy(d => d.Span.File, StringComparer.Ordinal)
                .ThenBy(d => d.Span.Start)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .Distinct()];
        }
    }
}
