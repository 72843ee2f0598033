namespace Gongkai.Render;

/// <summary>A column as published (group path and label), and whether this table left it blank in every row.</summary>
public sealed record PublishedColumnView(string Label, bool Blank);
