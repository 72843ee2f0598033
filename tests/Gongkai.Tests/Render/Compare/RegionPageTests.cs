using System.Globalization;
using AngleSharp.Dom;
using Gongkai.Model;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Render.Compare;

/// <summary>Issue 12: a region's year summed by 类 (per scope), per-staff figures, and 三公经费 side by side.</summary>
public sealed class RegionPageTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static SiteContent Content => RealSite.Content;

    private IDocument Page(string path) => RealSite.Page(site, path);

    private static List<Disclosure> Changji2025 => [.. Content.Units.Where(u => u.RegionId == "changji").SelectMany(u => u.Disclosures.Where(d => d.Year == 2025))];

    [Fact]
    public void Each_functional_class_total_is_the_sum_of_the_units_published_rows_and_lists_them()
    {
        var units = Changji2025;
        Assert.Equal(3, units.Count);
        var page = Page("regions/changji/2025/index.html");
        var table = page.QuerySelectorAll("table.compare")[0];
        var classes = units.SelectMany(d => d.Tables.Single(t => t.Id == "expenditure-summary").Sections[0].Rows.Where(r => r.Code is { Length: 3 } && !r.IsSumRow)).GroupBy(r => r.Code!).ToList();
        Assert.Equal(classes.Count, table.QuerySelectorAll("tbody tr").Length);
        foreach (var g in classes)
        {
            var row = table.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("td.code")!.TextContent.Trim() == g.Key);
            Assert.Equal(g.Sum(r => r["total"]?.Value ?? 0).ToString(CultureInfo.InvariantCulture), row.QuerySelectorAll("td.num")[0].TextContent.Trim());
            Assert.Equal(g.Count(), row.QuerySelectorAll(".contributors li").Length);
        }

        Assert.Contains("重复计算", page.QuerySelector(".scope-note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Per_staff_figures_divide_the_published_figures_and_show_the_formula()
    {
        var page = Page("regions/changji/2025/index.html");
        var bureau = Content.Disclosures.Single(d => d.UnitId == "changji-science-bureau");
        var staff = bureau.Profile.Staffing!.Actual!.Value;
        var basic = bureau.Tables.Single(t => t.Id == "expenditure-summary").Sections[0].Rows.Single(r => r.IsTotal)["basic"]!.Value;
        var personnel = bureau.Tables.Single(t => t.Id == "general-budget-basic").Sections[0].Rows.Single(r => r.IsTotal)["personnel"]!.Value;
        var row = page.QuerySelectorAll("table.per-staff tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent.Contains("科学技术局", StringComparison.Ordinal));
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(staff.ToString(CultureInfo.InvariantCulture), cells[0]);
        Assert.Equal(Math.Round(basic / staff, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture), cells[2]);
        Assert.Equal(Math.Round(personnel / staff, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture), cells[4]);
        Assert.Contains("÷ 实有人数", page.QuerySelector("table.per-staff")!.ParentElement!.PreviousElementSibling!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_public_lists_every_unit_with_its_published_items_and_check_status()
    {
        var page = Page("regions/changji/2025/three-public/index.html");
        var rows = page.QuerySelectorAll("table.three-public tbody tr");
        Assert.Equal(Changji2025.Count, rows.Length);
        foreach (var d in Changji2025)
        {
            var unit = Content.FindUnit(d.UnitId)!;
            var table = d.Tables.Single(t => t.Id == "three-public");
            var row = rows.Single(tr => tr.QuerySelector("th")!.TextContent.Trim() == unit.DisplayName);
            var cells = row.QuerySelectorAll("td.num").Select(td => td.TextContent.Trim()).ToList();
            Assert.Equal(table.AllRows.Single(r => r.IsTotal)["total"]?.Text ?? "", cells[0]);
            Assert.Equal(table.AllRows.First(r => r.Name.Contains("接待", StringComparison.Ordinal))["total"]?.Text ?? "", cells[2]);
            Assert.NotNull(row.QuerySelector(".status"));
        }
    }
}
