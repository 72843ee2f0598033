namespace Gongkai.Render;

/// <summary>One breadcrumb; the current page has no URL.</summary>
internal sealed record Crumb(string Name, string? Url);
