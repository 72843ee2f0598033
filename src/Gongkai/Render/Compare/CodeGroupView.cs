namespace Gongkai.Render.Compare;

/// <summary>The rows of one table kind (and section) that publish a code, with that table's columns.</summary>
public sealed record CodeGroupView(
    string Id,
    string Title,
    IReadOnlyList<string> Columns,
    bool HasProject,
    IReadOnlyList<CodeLineView> Lines,
    string ShareOf,
    BarChartView Chart,
    string? ScopeNote,
    string Csv,
    string Xlsx);
