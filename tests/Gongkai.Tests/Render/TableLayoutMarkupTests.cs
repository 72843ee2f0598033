using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Gongkai.Diagnostics;
using Gongkai.Load;
using Gongkai.Model;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Render;

/// <summary>
/// The markup behind the readable tables and charts of issue 10: blank columns collapsed behind a visible line with
/// the published columns kept, stub header cells that no longer borrow the home page's .lead style, bar lists.
/// Expected values are computed from content/ (itself checked against seeds/ by the fidelity test).
/// </summary>
public sealed class TableLayoutMarkupTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static readonly HtmlParser Parser = new();

    private static readonly Lazy<SiteContent> Content = new(() => ContentLoader.Load(Repo.Root, new DiagnosticBag()));

    private IDocument Page(string path) => Parser.ParseDocument(site.Html(path));

    private static IEnumerable<(Disclosure D, BudgetTable T)> Tables() =>
        Content.Value.Disclosures.SelectMany(d => d.Tables.Select(t => (d, t)));

    [Fact]
    public void Every_table_page_draws_exactly_the_columns_with_an_amount_and_names_the_others()
    {
        var collapsedSomewhere = 0;
        foreach (var (d, t) in Tables())
        {
            var page = Page($"units/{d.UnitId}/{d.Year}/tables/{t.Id}/index.html");
            var tables = page.QuerySelectorAll("table.budget");
            Assert.Equal(t.Sections.Count, tables.Length);
            for (var i = 0; i < t.Sections.Count; i++)
            {
                var section = t.Sections[i];
                var blank = section.Columns.Where(c => section.Rows.All(r => r[c.Key] is null)).ToList();
                if (blank.Count == section.Columns.Count)
                {
                    blank = []; // an empty table keeps its published columns
                }

                var leaves = tables[i].QuerySelectorAll("thead th.num").Select(th => th.TextContent.Trim()).ToList();
                // Leaf headers come in header-row order (a group's leaves sit in the row below), so compare as sets.
                Assert.Equal(section.Columns.Except(blank).Select(c => c.Label).Order(StringComparer.Ordinal), leaves.Order(StringComparer.Ordinal));
                var wrap = tables[i].ParentElement!;
                var line = wrap.PreviousElementSibling?.PreviousElementSibling;
                if (blank.Count == 0)
                {
                    Assert.False(wrap.PreviousElementSibling?.ClassList.Contains("published-columns") == true, $"{d.Folder} {t.Id}");
                    continue;
                }

                collapsedSomewhere++;
                Assert.NotNull(line);
                Assert.Contains("blank-columns", line.ClassList);
                Assert.StartsWith("本表以下栏目无数据：", line.TextContent, StringComparison.Ordinal);
                Assert.All(blank, c => Assert.Contains(c.Label, line.TextContent, StringComparison.Ordinal));

                // The published structure stays one click away: every column, the blank ones marked.
                var published = wrap.PreviousElementSibling!.QuerySelectorAll("ol li").Select(li => li.TextContent).ToList();
                Assert.Equal(section.Columns.Count, published.Count);
                Assert.Equal(blank.Count, published.Count(p => p.EndsWith("（本表无数据）", StringComparison.Ordinal)));
            }
        }

        Assert.True(collapsedSomewhere > 0);
    }

    [Fact]
    public void The_income_table_of_seed_001_names_its_six_blank_columns_and_the_csv_keeps_all_twelve()
    {
        var page = Page("units/changji-hitech-zone/2025/tables/income-summary/index.html");
        var line = page.QuerySelector(".blank-columns")!.TextContent;

        // Seed 001 表2 prints 12 amount columns; 财政专户、单位资金、both carry-over columns and the fund and capital
        // transfer columns are blank in every row.
        foreach (var label in new[] { "财政专户（教育收费）", "单位资金", "财政拨款结转", "非财政拨款结转结余", "上级政府性基金安排的转移支付", "上级国有资本经营预算安排的转移支付" })
        {
            Assert.Contains(label, line, StringComparison.Ordinal);
        }

        Assert.Equal(6, page.QuerySelectorAll("table.budget thead th.num").Length);
        var csvHeader = site.Html("units/changji-hitech-zone/2025/tables/income-summary/income-summary.csv").Split('\n')[0];
        Assert.Equal(2 + 12, csvHeader.Split(',').Length);
    }

    [Fact]
    public void Stub_headers_are_not_styled_as_the_home_page_lead_and_rows_carry_their_code_for_phones()
    {
        var page = Page("units/changji-hitech-zone/2025/tables/expenditure-summary/index.html");
        Assert.Empty(page.QuerySelectorAll("main .lead"));
        Assert.Equal(["stub code", "stub name"], page.QuerySelectorAll("table.budget thead th.stub").Select(th => th.ClassName!).ToList());
        var rows = page.QuerySelectorAll("table.budget tbody tr");
        Assert.All(rows, tr => Assert.Equal(tr.QuerySelector("td.code")!.TextContent, tr.QuerySelector("th.name")!.GetAttribute("data-code")));
        Assert.All(page.QuerySelectorAll(".budget-wrap"), w =>
        {
            Assert.Equal("0", w.GetAttribute("tabindex"));
            Assert.Equal("region", w.GetAttribute("role"));
            Assert.False(string.IsNullOrEmpty(w.GetAttribute("aria-label")));
        });
    }

    [Theory]
    [InlineData("general-budget-basic")]
    [InlineData("three-public")]
    public void The_basic_and_three_public_tables_of_seed_001_have_a_bar_list_of_their_top_level_rows(string id)
    {
        var d = Content.Value.Disclosures.Single(x => x.UnitId == "changji-hitech-zone" && x.Year == 2025);
        var table = d.Tables.Single(t => t.Id == id);
        var expected = table.Sections[0].Rows.Where(r => !r.IsSumRow && r.Level == 0 && r["total"] is { Value: > 0 }).ToList();
        Assert.True(expected.Count >= 2);
        var total = expected.Sum(r => r["total"]!.Value);

        var items = Page($"units/changji-hitech-zone/2025/tables/{id}/index.html").QuerySelectorAll(".chart-figure .bar-list li");
        Assert.Equal(expected.Count, items.Length);
        for (var i = 0; i < expected.Count; i++)
        {
            var amount = expected[i]["total"]!.Value;
            Assert.Contains(expected[i].Name, items[i].QuerySelector(".bar-name")!.TextContent, StringComparison.Ordinal);
            var share = Math.Round(amount * 100 / total, 2).ToString("0.00", CultureInfo.InvariantCulture);
            Assert.Equal($"{amount.ToString(CultureInfo.InvariantCulture)} 万元，占 {share}%", items[i].QuerySelector(".bar-value")!.TextContent);
            Assert.Equal("true", items[i].QuerySelector("svg.bar")!.GetAttribute("aria-hidden"));
        }
    }

    [Fact]
    public void The_unit_year_chart_has_the_largest_function_as_its_full_length_bar()
    {
        // Seed 001 表3: 212 城乡社区支出 is the largest 类 (the label that used to be clipped).
        var d = Content.Value.Disclosures.Single(x => x.UnitId == "changji-hitech-zone" && x.Year == 2025);
        var rows = d.Tables.Single(t => t.Id == "expenditure-summary").Sections[0].Rows.Where(r => r.Code is { Length: 3 } && r["total"] is { Value: > 0 }).ToList();
        var largest = rows.MaxBy(r => r["total"]!.Value)!;
        var items = Page("units/changji-hitech-zone/2025/index.html").QuerySelectorAll(".chart-figure .bar-list li");
        Assert.Equal(rows.Count, items.Length);
        var full = Assert.Single(items, li => li.QuerySelector("rect.bar-fill")!.GetAttribute("width") == "1000");
        Assert.StartsWith($"{largest.Code} {largest.Name}", full.QuerySelector(".bar-name")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_is_drawn_only_where_it_compares_two_or_more_amounts()
    {
        var drawn = 0;
        foreach (var d in Content.Value.Disclosures)
        {
            var classes = d.Tables.Single(t => t.Id == "expenditure-summary").Sections[0].Rows.Count(r => r.Code is { Length: 3 } && r["total"] is { Value: > 0 });
            var items = Page($"units/{d.UnitId}/{d.Year}/index.html").QuerySelectorAll(".chart-figure .bar-list li").Length;
            Assert.Equal(classes >= 2 ? classes : 0, items);
            drawn += items > 0 ? 1 : 0;
        }

        // Seeds 000, 001 and 004 spend on several 类; 002 and 003 on one.
        Assert.Equal(3, drawn);
    }

    [Fact]
    public void Indicator_cells_carry_their_column_label_for_the_phone_layout()
    {
        var page = Page("units/changji-hitech-zone/2025/performance/index.html");
        var tables = page.QuerySelectorAll("table.indicators");
        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            var headers = table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList();
            foreach (var row in table.QuerySelectorAll("tbody tr"))
            {
                Assert.Equal(headers, row.Children.Select(c => c.GetAttribute("data-label") ?? "").ToList());
            }
        }
    }
}
