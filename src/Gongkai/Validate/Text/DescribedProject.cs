using Gongkai.Diagnostics;

namespace Gongkai.Validate.Text;

/// <summary>A project described in the explanations: 项目名称 and its 预算安排规模 (null when not stated).</summary>
internal sealed record DescribedProject(string Name, SourceSpan NameSpan, decimal? Amount, string? AmountText, SourceSpan? AmountSpan);
