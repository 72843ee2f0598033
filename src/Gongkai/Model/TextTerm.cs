using Gongkai.Diagnostics;

namespace Gongkai.Model;

/// <summary>
/// What an amount quoted in the explanations means, declared in table-kinds.yml (<c>text_terms:</c>): in a part of
/// the explanations whose heading contains one of <see cref="Sections"/>, an amount right after one of
/// <see cref="Words"/> is each of <see cref="Figures"/> (“一般公共预算 51455 万元” in 收入预算情况说明 is 表2's
/// 一般公共预算 total and 表1's 一般财力). With <see cref="RowsOf"/> the words are a row's name in that table instead.
/// </summary>
public sealed record TextTerm(string Id, IReadOnlyList<string> Sections, IReadOnlyList<string> Words, IReadOnlyList<Figure> Figures, SourceSpan Span)
{
    /// <summary>Headings that exclude the part even when a section word matches (收支预算 is not 支出预算).</summary>
    public IReadOnlyList<string> NotSections { get; init; } = [];

    /// <summary>A table kind whose every row name is a word of this term, meaning that row's <see cref="RowsColumn"/> (without one, any published cell of the row).</summary>
    public string? RowsOf { get; init; }

    public string? RowsColumn { get; init; }

    /// <summary>
    /// True when the words are the standard explanations' code path (“商贸事务（款）行政运行（项）：2025年预算数为”) rather
    /// than a bare row name: the 项 (or 款) name finds the row, the 款 and 类 names tell rows of the same name apart.
    /// </summary>
    public bool RowsByPath { get; init; }

    /// <summary>
    /// The whole a share (占 NN.NN%) of this term's amount is taken of (“一般公共预算 51455 万元，占 56.89%” is of the
    /// 收入预算): each figure a way of writing the same total; empty when the term declares none.
    /// </summary>
    public IReadOnlyList<Figure> ShareOf { get; init; } = [];
}
