using AngleSharp.Html.Parser;
using Gongkai.Build;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Render;

/// <summary>Issue 9, class 4: every Markdown construct that <c>check</c> accepts, <c>build</c> renders (no crash, same verdict).</summary>
public sealed class MarkdownAgreementTests
{
    public static TheoryData<string, string> Constructs() => new()
    {
        { "reference link", "[点此][r]\n\n[r]: https://www.example.gov.cn/ \"标题\"\n" },
        { "collapsed and shortcut reference", "[r][] 与 [r]\n\n[r]: https://www.example.gov.cn/\n" },
        { "unused reference definition", "[unused]: https://www.example.gov.cn/\n" },
        { "nested emphasis", "***粗斜*体** 与 _斜**粗**_\n" },
        { "pipe table", "| 项目 | 金额 |\n| --- | ---: |\n| 一般公共预算 | 1 |\n" },
        { "html block (shown as text)", "<div class=\"x\">文字</div>\n\n<!-- 注释 -->\n" },
        { "empty link", "[]() 与 [空]()\n" },
        { "image", "![图](chart.png \"图\")\n" },
        { "autolinks", "<https://www.example.gov.cn/> 与 <office@example.gov.cn>\n" },
        { "link inside a glossary term", "[一般公共预算](https://www.example.gov.cn/) 一般公共预算\n" },
        { "heading with link", "## [标题](#x)\n" },
        { "code and fences", "`代码`\n\n```\n代码块\n```\n" },
    };

    [Theory]
    [MemberData(nameof(Constructs))]
    public void Check_and_build_agree_on_a_markdown_construct(string name, string markdown)
    {
        using var site = new SiteCopy();
        const string file = "content/units/urumqi-sti-info-center/2026/explanations.md";
        site.Write(file, site.Read(file) + "\n\n" + markdown);

        var (_, checkDiagnostics) = BuildPipeline.Check(site.Root);
        var build = BuildPipeline.Run(new BuildOptions(site.Root));

        Assert.Equal(checkDiagnostics.Any(d => d.IsBlocking), build.ExitCode != 0);
        Assert.True(build.ExitCode == 0, $"{name}: {string.Join("\n", build.Diagnostics.Where(d => d.IsBlocking))}");
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(build.OutputPath!, "units/urumqi-sti-info-center/2026/explanations/index.html")));
        Assert.Empty(page.QuerySelectorAll("main script, main div.x"));
    }
}
