namespace Gongkai.Render.Compare;

/// <summary>A column of a compared row: the published amounts of both years and the derived change.</summary>
public sealed record DiffCellView(string Before, string Now, string Change);
