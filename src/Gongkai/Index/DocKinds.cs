namespace Gongkai.Index;

/// <summary>Labels and ids of <see cref="DocKind"/> as citizens and URLs see them.</summary>
internal static class DocKinds
{
    public static IReadOnlyList<DocKind> All { get; } = Enum.GetValues<DocKind>();

    public static string Label(DocKind kind) => kind switch
    {
        DocKind.Glossary => "名词解释",
        DocKind.Unit => "单位",
        DocKind.Overview => "预算公开",
        DocKind.Table => "预算表",
        DocKind.Explanations => "预算情况说明",
        DocKind.Performance => "绩效目标",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>A small ranking prior: with equal text scores, a definition or a unit outranks a paragraph.</summary>
    public static double Prior(DocKind kind) => kind switch
    {
        DocKind.Glossary => 0.3,
        DocKind.Unit => 0.25,
        DocKind.Overview => 0.2,
        DocKind.Table => 0.15,
        DocKind.Explanations => 0.1,
        _ => 0.05,
    };
}
