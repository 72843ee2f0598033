using Gongkai.Model;

namespace Gongkai.Render.Compare;

/// <summary>Gives a table page's rows their stable ids and links each code to its code page (where it has one).</summary>
internal static class RowLinks
{
    public static TableView Apply(PageFactory site, TableView view, TableSection section)
    {
        var anchors = RowAnchors.For(section);
        var index = CodeIndex.For(site.Content);
        var hierarchy = section.Definition.Hierarchy;
        var rows = view.Rows.Select((row, i) => row with
        {
            Anchor = anchors[i],
            CodeUrl = hierarchy != Hierarchy.Outline && row.Code.Length > 0 && index.Has(hierarchy, row.Code) ? site.Urls.Base + CodePages.PagePath(hierarchy, row.Code) : null,
        }).ToList();
        return view with { Rows = rows };
    }
}
