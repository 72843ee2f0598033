namespace Gongkai.Tests.Golden.Corpus;

/// <summary>One text value (or a whole Markdown file) that receives a marker and the payload.</summary>
internal sealed record PayloadField(string File, string Marker, int Start, int End, int Line, int EndLine, string Value, bool Markdown);
