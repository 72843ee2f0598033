using Gongkai.Diagnostics;

namespace Gongkai.Model;

/// <summary>A region units belong to (for listing units by region).</summary>
public sealed record Region(string Id, string Name, SourceSpan Span);
