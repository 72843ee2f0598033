using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Render;

/// <summary>
/// The unit-year pages say what the seeds say: every expected text below is read from the seed in the test (a regular
/// expression over seeds/), never copied from the program's output.
/// </summary>
public sealed partial class CitizenPagesTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static readonly HtmlParser Parser = new();

    private IDocument Page(string path) => Parser.ParseDocument(site.Html(path));

    private static string Seed(string prefix) => File.ReadAllText(Directory.GetFiles(Path.Combine(Repo.Root, "seeds"), prefix + "_*.txt").Single());

    private static string Text(IElement e) => Regex.Replace(e.TextContent, @"\s+", " ").Trim();

    private string Fact(string page, string section, string label) =>
        Text(Page(page).QuerySelector($"section[aria-labelledby='{section}']")!.QuerySelectorAll("dt").First(dt => Text(dt) == label).NextElementSibling!);

    [Fact]
    public void A_fall_in_staff_reads_as_the_seed_words_it_not_as_a_negative_increase()
    {
        var seed = StaffLine().Match(Seed("001"));
        Assert.True(seed.Success);
        var value = Fact("units/changji-hitech-zone/2025/index.html", "profile-heading", "在职");
        Assert.Equal($"{seed.Groups[1].Value} 人（{seed.Groups[2].Value} {seed.Groups[3].Value} 人）", value);
        Assert.DoesNotContain("-", value, StringComparison.Ordinal);
    }

    [Fact]
    public void Assets_published_as_zero_are_shown_with_their_zero()
    {
        // Seed 001: "执法执勤车辆0辆，价值0元"; seed 004: "房屋 0.00 平方米，价值 0.00 万元".
        var vehicles = ZeroVehicles().Match(Seed("001"));
        Assert.True(vehicles.Success);
        Assert.Equal($"{vehicles.Groups[1].Value} 辆，价值 {vehicles.Groups[2].Value} 万元", Fact("units/changji-hitech-zone/2025/index.html", "assets-heading", "执法执勤车辆"));
        var house = House().Match(Seed("004"));
        Assert.True(house.Success);
        Assert.Equal($"{house.Groups[1].Value} 平方米，价值 {house.Groups[2].Value} 万元", Fact("units/urumqi-sti-info-center/2026/index.html", "assets-heading", "房屋"));
    }

    [Fact]
    public void The_small_and_micro_share_is_labelled_as_the_seed_labels_it()
    {
        var seed = SmallMicro().Match(Seed("001"));
        Assert.True(seed.Success);
        Assert.Equal($"{seed.Groups[1].Value} 万元", Fact("units/changji-hitech-zone/2025/index.html", "procurement-heading", "小微企业预留"));
        Assert.DoesNotContain("其中小微企业预留", site.Html("units/changji-hitech-zone/2025/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Large_equipment_counts_and_the_residual_value_label_are_shown()
    {
        var seed = Equipment().Match(Seed("001"));
        Assert.True(seed.Success);
        Assert.Equal($"{seed.Groups[1].Value} 台", Fact("units/changji-hitech-zone/2025/index.html", "assets-heading", "单位价值 50 万元以上大型设备"));
        Assert.Equal($"{seed.Groups[2].Value} 台", Fact("units/changji-hitech-zone/2025/index.html", "assets-heading", "单位价值 100 万元以上大型设备"));
        var residual = Residual().Match(Seed("000"));
        Assert.True(residual.Success);
        Assert.EndsWith($"残值 {residual.Groups[1].Value} 万元", Fact("units/changji-hitech-innovation-center/2025/index.html", "assets-heading", "车辆"), StringComparison.Ordinal);
    }

    [Fact]
    public void Functions_are_numbered_once_by_the_source_not_again_by_the_list()
    {
        var list = Page("units/changji-science-bureau/2025/index.html").QuerySelector("ul.functions")!;
        Assert.StartsWith("（一）", Text(list.QuerySelector("li")!), StringComparison.Ordinal);
        Assert.Contains(".functions { list-style: none;", File.ReadAllText(Path.Combine(site.Site, "assets", "site.css")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_unit_year_page_names_its_source_with_the_printed_date_and_offers_the_text()
    {
        var date = Signature().Matches(Seed("004"))[^1];
        var page = Page("units/urumqi-sti-info-center/2026/index.html");
        Assert.Equal($"{date.Groups[1].Value}年{date.Groups[2].Value}月{date.Groups[3].Value}日", Fact("units/urumqi-sti-info-center/2026/index.html", "source-heading", "发布日期（落款）"));
        var download = page.QuerySelectorAll("a").Single(a => Text(a) == "下载原文（文字版）");
        Assert.Equal(Seed("004"), File.ReadAllText(Path.Combine(site.Site, download.GetAttribute("href")!.TrimStart('/'))));
        Assert.DoesNotContain("seeds/", Text(page.QuerySelector("main")!), StringComparison.Ordinal);
    }

    [Fact]
    public void Inferred_values_are_marked_with_their_reason()
    {
        var page = Page("units/changji-hitech-innovation-center/2025/index.html");
        var item = Text(page.QuerySelector(".inferred-list li")!);
        Assert.StartsWith("表2", item, StringComparison.Ordinal);
        Assert.Contains("（推定）", item, StringComparison.Ordinal);
        Assert.Contains("推定", Text(Page("units/urumqi-sti-info-center/index.html").QuerySelector("main")!), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_unit_shows_its_own_published_glossary_wording()
    {
        // Seed 001 and seed 004 word "基本支出" differently (其中， / 其中:): each unit-year page shows its own.
        foreach (var (seed, path) in new[] { ("001", "units/changji-hitech-zone/2025/index.html"), ("004", "units/urumqi-sti-info-center/2026/index.html") })
        {
            var printed = BasicTerm().Matches(Seed(seed))[^1].Groups[1].Value.Trim();
            var term = Page(path).QuerySelector("section[aria-labelledby='unit-glossary-heading']")!.QuerySelectorAll("dt").First(dt => Text(dt) == "基本支出");
            Assert.Equal(printed, Text(term.NextElementSibling!));
        }

        var glossary = Page("glossary/index.html");
        Assert.NotNull(glossary.GetElementById("changji-hitech-zone-2025-basic-expenditure"));
        Assert.NotNull(glossary.GetElementById("basic-expenditure"));
    }

    [Fact]
    public void Findings_are_one_note_per_distinct_finding_each_marker_linking_to_its_own_note()
    {
        var page = Page("units/changji-hitech-zone/2025/tables/expenditure-summary/index.html");
        var notes = page.QuerySelectorAll("li.finding").ToList();
        Assert.NotEmpty(notes);
        var texts = notes.Select(n => Text(n.QuerySelector(".ack-note") ?? n.QuerySelector(".finding-items")!)).ToList();
        Assert.Equal(texts.Count, texts.Distinct(StringComparer.Ordinal).Count());
        Assert.All(notes, n => Assert.DoesNotMatch(@"GK\d{4}", Text(n.QuerySelector("h3")!) + Text(n.QuerySelector(".finding-items")!)));
        var markers = page.QuerySelectorAll("a.flag").ToList();
        Assert.NotEmpty(markers);
        Assert.All(markers, m =>
        {
            var target = m.GetAttribute("href")!.TrimStart('#');
            Assert.NotNull(page.GetElementById(target));
            Assert.Equal($"数据核对说明 {target["finding-".Length..]}", Text(m).Replace("※", "", StringComparison.Ordinal).Trim());
        });
        Assert.True(markers.Select(m => m.GetAttribute("href")).Distinct(StringComparer.Ordinal).Count() > 1);
    }

    [GeneratedRegex(@"在职(\d+)人，(减少|增加)(\d+)人")]
    private static partial Regex StaffLine();

    [GeneratedRegex(@"执法执勤车辆(\d+)辆，价值(\d+)元")]
    private static partial Regex ZeroVehicles();

    [GeneratedRegex(@"房屋 ([\d.]+) 平方米，价值 ([\d.]+) 万元")]
    private static partial Regex House();

    [GeneratedRegex(@"，小微企业预留政府采购项目预算金额\s*(\d+)万元")]
    private static partial Regex SmallMicro();

    [GeneratedRegex(@"单位价值50万元以上大型设备(\d+)台，单位价值100万元以上大型设备(\d+)台")]
    private static partial Regex Equipment();

    [GeneratedRegex(@"车辆残值 ([\d.]+) 万元")]
    private static partial Regex Residual();

    [GeneratedRegex(@"^(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日\s*$", RegexOptions.Multiline)]
    private static partial Regex Signature();

    [GeneratedRegex(@"基本支出\**[:：](.+)")]
    private static partial Regex BasicTerm();
}
