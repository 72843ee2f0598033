namespace Gongkai.Render.Compare;

/// <summary>One bar: its label (with a link where it has a page), the amount as published and its width class.</summary>
public sealed record BarView(string Label, string? Url, string Value, string Width, bool Negative);
