using Gongkai.Diagnostics;

namespace Gongkai.Model;

/// <summary>A 名词解释 entry; aliases are linked like the term itself.</summary>
public sealed record GlossaryTerm(string Id, string Term, string Definition, IReadOnlyList<string> Aliases, SourceSpan Span);
