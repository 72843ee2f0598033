using Gongkai.Diagnostics;
using Gongkai.Render;

namespace Gongkai.Tests.Render;

/// <summary>Issue 9, class 1: no template can print content unescaped; only renderer-made <see cref="TrustedHtml"/> is raw.</summary>
public sealed class TemplateSetTests : IDisposable
{
    private const string Payload = "<script>alert(1)</script>\"'";
    private readonly string _root = Directory.CreateTempSubdirectory("gongkai-templates-").FullName;

    public static TheoryData<string> PartialCalls() =>
    [
        "{{> item}}", "  {{> item}}", "\t{{> item}}", "    {{> item name=name}}", "{{#each list}}\n  {{> item}}\n{{/each}}",
        "{{#each list}}\n    {{> item name=name}}\n{{/each}}", "<div>\n  {{~> item}}\n</div>",
    ];

    [Theory]
    [MemberData(nameof(PartialCalls))]
    public void A_partial_escapes_content_however_it_is_called_and_indented(string call)
    {
        var set = Load(("page.hbs", call + "\n"), ("partials/item.hbs", "<p title=\"{{name}}\">{{name}}</p>\n"));
        var html = set.Page("page", Context(), new { name = Payload, list = new[] { new { name = Payload } } });
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("title=\"<", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Trusted_html_is_written_as_is_and_strings_are_escaped()
    {
        var set = Load(("page.hbs", "{{html}}|{{text}}"));
        var html = set.Page("page", Context(), new { html = new TrustedHtml("<em>x</em>"), text = "<em>x</em>" });
        Assert.Contains("<main><em>x</em>|&lt;em&gt;x&lt;/em&gt;</main>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{{name}}}")]
    [InlineData("{{~{name}~}}")]
    [InlineData("{{& name}}")]
    [InlineData("{{{{raw}}}}{{name}}{{{{/raw}}}}")]
    public void Unescaped_output_is_a_template_error_at_its_line(string mustache)
    {
        var bag = new DiagnosticBag();
        Assert.Null(Load(bag, ("page.hbs", "<h1>x</h1>\n<p>" + mustache + "</p>\n")));
        var all = bag.Sorted();
        Assert.All(all, x => Assert.Equal(DiagnosticCodes.Template, x.Code));
        Assert.Contains(all, d => d.Span.File == "templates/page.hbs" && d.Span.Start == new SourceMark(2, 4) && d.Message.Contains("不转义", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static PageContext Context() => new("t", "d", "/", [], new SiteLinks("s", "/", "/a.css", "/a.js", "/search/", "/glossary/", "zh-CN", []));

    private TemplateSet Load(params (string Name, string Text)[] files)
    {
        var bag = new DiagnosticBag();
        var set = Load(bag, files);
        Assert.True(set is not null, string.Join("\n", bag.Sorted()));
        return set;
    }

    private TemplateSet? Load(DiagnosticBag bag, params (string Name, string Text)[] files)
    {
        foreach (var (name, text) in files.Append(("layout.hbs", "<main>{{Body}}</main>")))
        {
            var path = Path.Combine(_root, "templates", name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        return TemplateSet.Load(_root, bag);
    }
}
