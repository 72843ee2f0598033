using AngleSharp.Html.Parser;
using Gongkai.Diagnostics;
using Gongkai.Load;
using Gongkai.Render;

namespace Gongkai.Tests.Load;

/// <summary>Markdown URLs are judged as a browser parses them; unsafe ones are GK1019 when loading and plain text when rendering.</summary>
public sealed class LinkSafetyTests
{
    public static TheoryData<string> Dangerous() =>
    [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)", "&#0000106;avascript:alert(1)",
        "&amp;#106;avascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)", "java\rscript:alert(1)", "\u0001javascript:alert(1)",
        " javascript:alert(1)", "\u001Fjavascript:alert(1)", "vbscript:msgbox(1)", "VBScript:x", "data:text/html,<script>alert(1)</script>",
        "data:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd", "FILE:///c:/x", "//evil.example/", "/\\evil.example/", "\\\\evil.example\\x",
        "jav&#x09;ascript:alert(1)", "javascript&colon;alert(1)", "blob:https://x/y", "ftp://x.example/",
    ];

    [Theory]
    [MemberData(nameof(Dangerous))]
    public void A_dangerous_url_is_refused_for_links_and_images(string url)
    {
        Assert.False(LinkSafety.IsSafe(url, image: false));
        Assert.False(LinkSafety.IsSafe(url, image: true));
    }

    [Theory]
    [InlineData("https://www.example.gov.cn/a?b=c#d", false)]
    [InlineData("HTTP://example.com/", false)]
    [InlineData("mailto:office@example.gov.cn", false)]
    [InlineData("../2024/", true)]
    [InlineData("/glossary/#term", true)]
    [InlineData("#section", true)]
    [InlineData("a/b:c", true)]
    [InlineData("chart.png", true)]
    public void Relative_urls_and_http_https_mailto_links_are_allowed(string url, bool alsoAsImage)
    {
        Assert.True(LinkSafety.IsSafe(url, image: false));
        Assert.Equal(alsoAsImage, LinkSafety.IsSafe(url, image: true));
    }

    public static TheoryData<string> DangerousMarkdown() =>
    [
        "[点此](javascript:alert(1))", "[点此](JaVaScRiPt:alert(1) \"t\")", "[点此](&#106;avascript:alert(1))", "<javascript:alert(1)>",
        "[点此][r]\n\n[r]: javascript:alert(1)", "[r]\n\n[r]: vbscript:x", "![图](data:text/html,x)", "[![图](x.png)](javascript:alert(1))",
        "**[粗](javascript:alert(1))**", "| a |\n|---|\n| [x](javascript:alert(1)) |", "- [x](file:///etc/passwd)", "> [x](data:text/html,x)",
    ];

    [Theory]
    [MemberData(nameof(DangerousMarkdown))]
    public void A_dangerous_markdown_link_is_reported_and_rendered_as_text(string markdown)
    {
        var bag = new DiagnosticBag();
        LinkSafety.Check(markdown, "x.md", SourceMark.Start, bag);
        Assert.Contains(bag.Sorted(), d => d.Code == DiagnosticCodes.UnsafeUrl && d.Severity == Severity.Error && d.Span.File == "x.md");

        var html = new MarkdownRenderer(null).Render(markdown);
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll("[href], [src]"))
        {
            var url = element.GetAttribute("href") ?? element.GetAttribute("src") ?? "";
            Assert.True(LinkSafety.IsSafe(url, element.LocalName == "img"), $"{url} reached {element.LocalName} in {html}");
        }

        Assert.Empty(document.QuerySelectorAll("script"));
    }

    [Fact]
    public void The_diagnostic_points_at_the_line_and_column_of_the_link()
    {
        var bag = new DiagnosticBag();
        LinkSafety.Check("第一行\n\n说明 [点此](javascript:x)", "e.md", SourceMark.Start, bag);
        var d = Assert.Single(bag.Sorted());
        Assert.Equal(new SourceMark(3, "说明 ".Length + 1), d.Span.Start);
    }
}
