using Gongkai.Cli;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Golden;

/// <summary>
/// Issue 9 (hostile and careless input), classes 2, 3, 5, 7, 14 and 16 through the real command line: each edit to a
/// copy of the real site gives its code at the edited file and line, exit 1, no stack trace, and changes no file.
/// </summary>
public sealed class HostileInputTests
{
    private const string Zone = "content/units/changji-hitech-zone/2025/";
    private const string Summary = Zone + "tables/expenditure-summary.yml";
    private const string Explanations = Zone + "explanations.md";

    /// <summary>name, file, text to find, its replacement, expected code.</summary>
    public static TheoryData<string, string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var bad in new[] { "//evil.example/", "/\\evil.example/", "https://evil.example/", "javascript:alert(1)", "\"/a\\\"><script>/\"", "/a b/", "/../", "/a/../b/", "/a\\tb/", "'/a''b/'", "/<x>/", "yusuan/" })
        {
            data.Add($"base_url {bad}", "site.yml", "base_url: /", "base_url: " + bad, "GK1020");
        }

        foreach (var bad in new[] { "1000000000", "1.5", "-0.01" })
        {
            data.Add($"tolerance {bad}", "site.yml", "tolerance: 0.01", "tolerance: " + bad, "GK1021");
        }

        foreach (var (label, amount, code) in new[]
        {
            ("29 digits", new string('9', 29), "GK1021"), ("30 digits", "1" + new string('0', 29), "GK1021"),
            ("13 digits", "1000000000000", "GK1021"), ("5 decimals", "3197.00001", "GK1021"),
            ("exponent", "1e30", "GK1005"), ("negative zero", "-0.00", "GK1021"), ("negative zero integer", "-0", "GK1021"),
        })
        {
            data.Add($"amount {label}", Summary, "total: 3197,", $"total: {amount},", code);
        }

        foreach (var key in new[] { "authorised", "actual", "in_service", "retired", "honorary_retired" })
        {
            data.Add($"negative staff {key}", Zone + "disclosure.yml", $"    {key}: ", $"    {key}: -5 #", "GK1021");
        }

        foreach (var (label, ch) in new[] { ("NUL", "\\0"), ("RTL override", "\\u202E"), ("LTR embedding", "\\u202A"), ("isolate", "\\u2066"), ("RLM", "\\u200F"), ("ALM", "\\u061C"), ("C1", "\\u0085"), ("escape", "\\e"), ("DEL", "\\x7F") })
        {
            data.Add($"control {label} in a name", Summary, "name: 一般公共服务支出,", $"name: \"一般公共服务{ch}支出\",", "GK1022");
        }

        data.Add("control character in a key", Zone + "disclosure.yml", "  organisation: ", "  \"organisation\u202E\": x\n  organisation: ", "GK1022");
        data.Add("two cells near the maximum do not overflow the row sum", Summary, "total: 3197, basic: 2525,", "total: 999999999999.9999, basic: 999999999999.9999,", "GK2102");
        data.Add("RTL override in explanations", Explanations, "按照全口径预算", "按照\u202E全口径预算", "GK1022");
        foreach (var url in new[]
        {
            "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](&#106;avascript:alert(1))", "[x](&#x6A;avascript:alert(1))",
            "[x](&Tab;javascript:alert(1))", "[x](java&#9;script:alert(1))", "[x](java&#10;script:alert(1))", "[x](&#1;javascript:alert(1))",
            "<javascript:alert(1)>", "<JAVASCRIPT:alert(1)>", "[x](vbscript:msgbox(1))", "[x](data:text/html,<script>alert(1)</script>)",
            "[x](file:///etc/passwd)", "![x](javascript:alert(1))", "![x](data:image/svg+xml,x)", "![x](https://tracker.example/p.gif)",
            "[x](//evil.example/)", "[x][r]\n\n[r]: javascript:alert(1)\n", "[x][r]\n\n[r]: <data:text/html,x>\n",
        })
        {
            data.Add($"link {url}", Explanations, "按照全口径预算", url + " 按照全口径预算", "GK1019");
        }

        data.Add("link in organisation", Zone + "disclosure.yml", "  organisation: ", "  organisation: \"[点此](javascript:alert(1))\" #", "GK1019");
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Hostile_input_is_an_error_at_its_file_and_line_and_changes_nothing(string name, string file, string find, string replace, string code)
    {
        using var site = new SiteCopy();
        var line = site.Replace(file, find, replace);
        var before = SiteCopy.Fingerprint(site.Root);

        var (exit, printed, elapsed) = await Run(["check", "--root", site.Root]);

        Assert.True(exit == 1, $"{name}: exit {exit}\n{printed}");
        Assert.True(printed.Split('\n').Any(l => l.StartsWith($"{file}:{line}:", StringComparison.Ordinal) && l.Contains($" error {code}: ", StringComparison.Ordinal)),
            $"{name}: expected {file}:{line}: error {code}; got:\n{printed}");
        Assert.DoesNotContain("Exception", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("GK0001", printed, StringComparison.Ordinal);
        Assert.True(elapsed < TimeSpan.FromSeconds(30), $"{name}: took {elapsed}");
        Assert.Equal(before, SiteCopy.Fingerprint(site.Root));
    }

    public static TheoryData<string, string, string, string> TemplateCases() => new()
    {
        { "syntax error", "templates/year.hbs", "{{/each}}", "{{/each}}{{#if title}}" },
        { "unclosed mustache", "templates/year.hbs", "<h1>{{title}}</h1>", "<h1>{{title</h1>" },
        { "unknown helper", "templates/glossary.hbs", "{{title}}", "{{bogus title}}" },
        { "missing partial", "templates/home.hbs", "{{> unit-list units=units}}", "{{> no-such-partial units=units}}" },
        { "triple-stash", "templates/partials/unit-list.hbs", "{{name}}", "{{{name}}}" },
        { "ampersand", "templates/unit.hbs", "{{name}}", "{{& name}}" },
        { "raw block", "templates/404.hbs", "{{title}}", "{{{{raw}}}}{{title}}{{{{/raw}}}}" },
    };

    [Theory]
    [MemberData(nameof(TemplateCases))]
    public async Task A_template_error_is_GK0002_at_the_hbs_line_and_the_previous_site_stays(string name, string file, string find, string replace)
    {
        using var site = new SiteCopy();
        var previous = site.Path("_site");
        Directory.CreateDirectory(previous);
        File.WriteAllText(Path.Combine(previous, "index.html"), "<!doctype html><title>上一次的站点</title>");
        var line = site.Replace(file, find, replace);
        var before = SiteCopy.Fingerprint(site.Root);

        var (exit, printed, _) = await Run(["build", "--root", site.Root]);

        Assert.True(exit == 1, $"{name}: exit {exit}\n{printed}");
        // Handlebars.Net reports a parse error where it noticed it: the edited line or one of the next two.
        Assert.True(printed.Split('\n').Any(l => Enumerable.Range(line, 3).Any(n => l.StartsWith($"{file}:{n}:", StringComparison.Ordinal)) && l.Contains(" error GK0002: ", StringComparison.Ordinal)),
            $"{name}: expected {file}:{line}: error GK0002; got:\n{printed}");
        Assert.Equal("<!doctype html><title>上一次的站点</title>", File.ReadAllText(Path.Combine(previous, "index.html")));
        Assert.DoesNotContain("Exception", printed, StringComparison.Ordinal);
        Assert.Equal(before, SiteCopy.Fingerprint(site.Root));
    }

    private static async Task<(int Exit, string Printed, TimeSpan Elapsed)> Run(string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var exit = await GongkaiCommand.RunAsync(args, stdout, stderr);
        return (exit, stdout + "\n" + stderr, clock.Elapsed);
    }
}
