namespace Gongkai.Render;

/// <summary>A header cell with its spans and scope.</summary>
public sealed record HeaderCellView(string Text, int Colspan, int Rowspan, string Scope, string Css)
{
    public bool HasColspan => Colspan > 1;

    public bool HasRowspan => Rowspan > 1;
}
