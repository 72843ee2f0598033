using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Gongkai.Diagnostics;
using Gongkai.Load;
using Xunit.Abstractions;

namespace Gongkai.Tests.Golden.Corpus;

/// <summary>
/// Issue 9, class 1 and the defence in depth: the payload in every text field of the site (see <see cref="PayloadSite"/>),
/// one build, then every output file parsed: no script, event handler or dangerous URL came from content, and where a
/// field is shown its payload is shown as text.
/// </summary>
public sealed class PayloadCorpusTests(ITestOutputHelper output, PayloadCorpusTests.Built fixture) : IClassFixture<PayloadCorpusTests.Built>
{
    public sealed class Built : IDisposable
    {
        public Built()
        {
            Result = Site.Build();
        }

        internal PayloadSite Site { get; } = new();

        public Gongkai.Build.BuildResult Result { get; }

        public void Dispose() => Site.Dispose();
    }

    private Built Fixture { get; } = fixture;

    private PayloadSite Site => Fixture.Site;

    private string Out => Fixture.Result.OutputPath!;

    [Fact]
    public void The_payload_site_builds_with_warnings_only_and_covers_most_fields()
    {
        Assert.Equal(0, Fixture.Result.ExitCode);
        Assert.Contains(Fixture.Result.Diagnostics, d => d.Code == DiagnosticCodes.Markup);
        var files = Site.Active.Select(f => f.File).Distinct().Count();
        output.WriteLine($"{Site.Active.Count} of {Site.Fields.Count} text fields carry the payload, in {files} files; {Site.Fields.Count(f => f.Markdown)} Markdown files");
        Assert.True(Site.Active.Count * 2 > Site.Fields.Count, $"only {Site.Active.Count} of {Site.Fields.Count} fields kept the payload");
        Assert.Contains(Site.Active, f => f.File == "site.yml");
        Assert.All(Site.Fields.Where(f => f.Markdown), f => Assert.Contains(f, Site.Active));
    }

    [Fact]
    public void No_page_has_a_script_event_handler_or_dangerous_url_from_content()
    {
        var parser = new HtmlParser();
        var pages = Directory.GetFiles(Out, "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        var problems = new List<string>();
        foreach (var page in pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            var name = Path.GetRelativePath(Out, page);
            foreach (var script in document.QuerySelectorAll("script"))
            {
                if (script.GetAttribute("src") != "/assets/search.js" || script.TextContent.Length > 0)
                {
                    problems.Add($"{name}: script {script.OuterHtml}");
                }
            }

            foreach (var element in document.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.Name == "autofocus" || (attribute.Name == "x" && element.NamespaceUri != AngleSharp.Dom.NamespaceNames.SvgUri))
                    {
                        problems.Add($"{name}: attribute {attribute.Name} on {element.LocalName}");
                    }

                    if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href" or "poster" or "srcset"
                        && !(element.LocalName == "link" && attribute.Value == "data:,") && !LinkSafety.IsSafe(attribute.Value, element.LocalName == "img"))
                    {
                        problems.Add($"{name}: {element.LocalName} {attribute.Name}={attribute.Value}");
                    }
                }
            }

            if (document.QuerySelectorAll("img[src='x'], iframe, object, embed, base").Length > 0)
            {
                problems.Add($"{name}: injected element");
            }

            var csp = document.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content") ?? "";
            if (!csp.Contains("script-src 'self'", StringComparison.Ordinal) || !csp.Contains("object-src 'none'", StringComparison.Ordinal))
            {
                problems.Add($"{name}: no CSP");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
    }

    [Fact]
    public void Where_a_field_is_shown_its_payload_is_shown_as_text()
    {
        var parser = new HtmlParser();
        var shown = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var page in Directory.GetFiles(Out, "*.html", SearchOption.AllDirectories))
        {
            var raw = File.ReadAllText(page);
            if (!raw.Contains("ZQ", StringComparison.Ordinal))
            {
                continue;
            }

            var document = parser.ParseDocument(raw);
            var texts = document.All.SelectMany(e => e.Attributes.Select(a => a.Value)).Append(document.Title ?? "").Append(document.DocumentElement.TextContent).ToList();
            foreach (var field in Site.Active.Where(f => raw.Contains(f.Marker, StringComparison.Ordinal)))
            {
                if (texts.Any(t => t.Contains(field.Marker + PayloadSite.Payload, StringComparison.Ordinal)))
                {
                    shown.Add(field.Marker);
                }
                else
                {
                    problems.Add($"{Path.GetRelativePath(Out, page)}: {field.Marker} ({field.File}:{field.Line}) is not followed by the payload as text");
                }
            }
        }

        output.WriteLine($"{shown.Count} of {Site.Active.Count} payload fields are shown on a page, each as text");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
        foreach (var must in new[] { "site.yml", "unit.yml", "disclosure.yml", "explanations.md", "performance.yml", "glossary.yml", "tables/" })
        {
            Assert.Contains(Site.Active, f => f.File.Contains(must, StringComparison.Ordinal) && shown.Contains(f.Marker));
        }
    }

    [Fact]
    public void Json_xml_and_csv_downloads_hold_the_payload_exactly_and_inertly()
    {
        var problems = new List<string>();
        foreach (var file in Directory.GetFiles(Out, "*.json", SearchOption.AllDirectories))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(file));
            foreach (var text in Strings(json.RootElement))
            {
                var at = text.IndexOf("ZQ", StringComparison.Ordinal);
                if (at >= 0 && text.Length >= at + 7 && !PayloadSite.Payload.StartsWith(text[(at + 7)..Math.Min(text.Length, at + 7 + PayloadSite.Payload.Length)], StringComparison.Ordinal))
                {
                    problems.Add($"{Path.GetRelativePath(Out, file)}: {text}");
                }
            }
        }

        foreach (var file in Directory.GetFiles(Out, "*.xml", SearchOption.AllDirectories))
        {
            var xml = XDocument.Parse(File.ReadAllText(file));
            Assert.DoesNotContain(xml.Descendants(), e => e.Name.LocalName == "script");
        }

        var csvFiles = Directory.GetFiles(Out, "*.csv", SearchOption.AllDirectories);
        Assert.NotEmpty(csvFiles);
        foreach (var file in csvFiles)
        {
            using var csv = CsvHelper.CsvReader.Create(File.ReadAllBytes(file), new CsvHelper.CsvReaderOptions { HasHeader = false });
            while (csv.Read())
            {
                for (var i = 0; i < csv.FieldCount; i++)
                {
                    var cell = csv.GetString(i);
                    if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !decimal.TryParse(cell, System.Globalization.CultureInfo.InvariantCulture, out _))
                    {
                        problems.Add($"{Path.GetRelativePath(Out, file)}: live formula {cell}");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value).Prepend(p.Name)),
        _ => [],
    };
}
