using Gongkai.Diagnostics;

namespace Gongkai.Model;

/// <summary>A code of the government classification (政府收支分类科目) with its name and published variants.</summary>
public sealed record ClassificationCode(string Code, string Name, IReadOnlyList<string> Variants, SourceSpan Span);
