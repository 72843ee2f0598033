namespace Gongkai.Render.Compare;

/// <summary>A code with its name and page, and how many unit-year rows use it.</summary>
public sealed record CodeLinkView(string Code, string Name, string Level, string Url, int Rows, int Depth);
