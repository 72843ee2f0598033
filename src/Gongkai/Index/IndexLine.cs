namespace Gongkai.Index;

/// <summary>
/// One line of searchable text: a paragraph, a table row, an indicator. <see cref="Detail"/> is shown beside the
/// text in results (a row's amounts, an indicator's level and value).
/// </summary>
internal sealed record IndexLine(string Text, LineRole Role = LineRole.Body, string? Detail = null, DetailTerms DetailTerms = DetailTerms.Numbers)
{
    public int Length => Text.Length + (Detail?.Length ?? 0);
}
