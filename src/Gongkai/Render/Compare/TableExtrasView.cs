namespace Gongkai.Render.Compare;

/// <summary>What a table page adds for comparison and reuse: the table in other years, the 与上年比较 view, spreadsheet downloads.</summary>
public sealed record TableExtrasView(IReadOnlyList<YearLinkView> Years, string? CompareUrl, int? PreviousYear, string Xlsx, string Workbook, string DataPackage, string RegionUrl, string CodesUrl)
{
    public bool HasYears => Years.Count > 1;
}
