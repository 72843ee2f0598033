using AngleSharp.Html.Parser;
using Gongkai.Build;
using Gongkai.Diagnostics;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Render;

/// <summary>HTML typed into content is reported (GK1016) and shown on the site as text, never as markup.</summary>
public sealed class MarkupTests
{
    private const string Payload = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    [Fact]
    public void Html_in_text_fields_and_explanations_is_shown_as_text_and_never_becomes_an_element()
    {
        using var site = new SiteCopy();
        const string unit = "content/units/urumqi-sti-info-center/2026/";
        site.Replace(unit + "tables/expenditure-summary.yml", "title: 单位支出总体情况表", $"title: \"{Payload}单位支出总体情况表\"");
        site.Replace(unit + "disclosure.yml", "title: 2026 年乌鲁木齐科技信息服务中心单位预算公开\n", $"title: \"{Payload}2026 年乌鲁木齐科技信息服务中心单位预算公开\"\n");
        site.Replace(unit + "explanations.md", "## 一、", Payload + "\n\n## 一、");
        site.Replace(unit + "performance.yml", "goal: \"", $"goal: \"{Payload}");

        var result = BuildPipeline.Run(new BuildOptions(site.Root, null, false));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(4, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.Markup && d.Severity == Severity.Warning));

        var parser = new HtmlParser();
        var pages = Directory.GetFiles(result.OutputPath!, "*.html", SearchOption.AllDirectories);
        var shown = 0;
        foreach (var page in pages)
        {
            var doc = parser.ParseDocument(File.ReadAllText(page));
            Assert.DoesNotContain(doc.QuerySelectorAll("script"), s => s.GetAttribute("src") is null);
            Assert.Empty(doc.QuerySelectorAll("img[onerror]"));
            shown += doc.Body!.TextContent.Contains("<script>alert(1)</script>", StringComparison.Ordinal) ? 1 : 0;
        }

        // The table page, the overview (title), the explanations and the targets show the payload as visible text.
        Assert.True(shown >= 4, $"payload shown as text on {shown} pages");
    }

    [Fact]
    public void Strict_mode_turns_a_markup_warning_into_a_failed_build()
    {
        using var site = new SiteCopy();
        site.Replace("content/units/urumqi-sti-info-center/2026/tables/expenditure-summary.yml", "title: 单位支出总体情况表", "title: \"<b>单位支出总体情况表</b>\"");
        var result = BuildPipeline.Run(new BuildOptions(site.Root, null, true));
        Assert.Equal(1, result.ExitCode);
        Assert.False(Directory.Exists(site.Path("_site")));
    }
}
