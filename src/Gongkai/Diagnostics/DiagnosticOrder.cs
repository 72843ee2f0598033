namespace Gongkai.Diagnostics;

/// <summary>The stable order diagnostics are reported in: file, line, column, code, message.</summary>
public sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static DiagnosticOrder Instance { get; } = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var c = string.CompareOrdinal(x.Span.File, y.Span.File);
        c = c != 0 ? c : x.Span.Start.CompareTo(y.Span.Start);
        c = c != 0 ? c : string.CompareOrdinal(x.Code, y.Code);
        return c != 0 ? c : string.CompareOrdinal(x.Message, y.Message);
    }

    /// <summary>Two lists already in this order, merged in one pass (the preview splices one unit's diagnostics in).</summary>
    public static List<Diagnostic> Merge(IReadOnlyList<Diagnostic> a, IReadOnlyList<Diagnostic> b)
    {
        var merged = new List<Diagnostic>(a.Count + b.Count);
        int i = 0, j = 0;
        while (i < a.Count || j < b.Count)
        {
            merged.Add(j >= b.Count || (i < a.Count && Instance.Compare(a[i], b[j]) <= 0) ? a[i++] : b[j++]);
        }

        return merged;
    }
}
