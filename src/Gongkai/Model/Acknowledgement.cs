using Gongkai.Diagnostics;

namespace Gongkai.Model;

/// <summary>A maintainer's note that a finding reflects the published document, shown to citizens.</summary>
public sealed record Acknowledgement(string Rule, string? Table, string? Row, string? Column, string Note, SourceSpan Span);
