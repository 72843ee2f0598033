namespace Gongkai.Render;

/// <summary>A label and its value as published, ready to print ("在职", "74 人（减少 9 人）"); level indents sub-items.</summary>
internal sealed record FactView(string Label, string Value, int Level = 0);
