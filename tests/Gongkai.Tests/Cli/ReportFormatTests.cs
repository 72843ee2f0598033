using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Tests.Support;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace Gongkai.Tests.Cli;

/// <summary>check's machine formats (SARIF 2.1.0, GitLab code quality) and the CI workflows that init writes.</summary>
public sealed partial class ReportFormatTests
{
    private const string Table = "content/units/urumqi-sti-info-center/2026/tables/general-budget.yml";

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Sarif_is_valid_against_the_sarif_2_1_0_schema_and_marks_acknowledged_findings_suppressed()
    {
        using var site = new SiteCopy();
        var line = site.Replace(Table, "total: 364.68, basic: 364.68", "total: 364.68, basic: 364.58");
        var run = await CliRun.Start(Limit, "check", "--root", site.Root, "--format", "sarif");
        Assert.Equal(1, run.Exit);

        var text = Regex.Replace(File.ReadAllText(Repo.Path("tests", "Gongkai.Tests", "Cli", "Data", "sarif-schema-2.1.0.json")),
            "\"http://json-schema.org/draft-04/schema#\"", "\"http://json-schema.org/draft-07/schema#\"");
        text = text.Replace("\n  \"id\": ", "\n  \"$id\": ", StringComparison.Ordinal);
        var schema = JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var log = JsonDocument.Parse(run.Stdout);
        var result = schema.Evaluate(log.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));

        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var broken = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "GK2102" && !r.TryGetProperty("suppressions", out _));
        var location = broken.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal(Table, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(line, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("error", broken.GetProperty("level").GetString());

        // The same number of acknowledged findings as the text summary reports.
        var summary = (await CliRun.Start(Limit, "check", "--root", site.Root)).Stdout.TrimEnd().Split('\n')[^1];
        var acknowledged = int.Parse(AcknowledgedCount().Match(summary).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(acknowledged > 0, summary);
        Assert.Equal(acknowledged, results.Count(r => r.TryGetProperty("suppressions", out _)));
    }

    [Fact]
    public async Task Gitlab_code_quality_lists_the_unacknowledged_findings_with_path_line_and_a_stable_fingerprint()
    {
        using var site = new SiteCopy();
        var line = site.Replace(Table, "total: 364.68, basic: 364.68", "total: 364.68, basic: 364.58");
        var first = await CliRun.Start(Limit, "check", "--root", site.Root, "--format", "gitlab");
        var second = await CliRun.Start(Limit, "check", "--root", site.Root, "--format", "gitlab");
        Assert.Equal(1, first.Exit);
        Assert.Equal(first.Stdout, second.Stdout);

        // GitLab publishes the format as prose, not as a schema: this is the subset its documentation requires.
        var subset = JsonSchema.FromText("""
            { "type": "array", "items": { "type": "object",
              "required": ["description", "check_name", "fingerprint", "severity", "location"],
              "properties": {
                "description": { "type": "string", "minLength": 1 }, "check_name": { "type": "string" },
                "fingerprint": { "type": "string", "pattern": "^[0-9a-f]{64}$" },
                "severity": { "enum": ["info", "minor", "major", "critical", "blocker"] },
                "location": { "type": "object", "required": ["path", "lines"],
                  "properties": { "path": { "type": "string" }, "lines": { "type": "object", "required": ["begin"], "properties": { "begin": { "type": "integer", "minimum": 1 } } } } } } } }
            """, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var report = JsonDocument.Parse(first.Stdout);
        Assert.True(subset.Evaluate(report.RootElement).IsValid);
        var issues = report.RootElement.EnumerateArray().ToList();
        var broken = Assert.Single(issues, i => i.GetProperty("check_name").GetString() == "GK2102");
        Assert.Equal(Table, broken.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(line, broken.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
        Assert.Equal("major", broken.GetProperty("severity").GetString());
        Assert.Equal(issues.Count, issues.Select(i => i.GetProperty("fingerprint").GetString()).Distinct().Count());
        Assert.DoesNotContain(issues, i => i.GetProperty("description").GetString()!.Contains("已确认", StringComparison.Ordinal));
    }

    /// <summary>Every gongkai command the workflows run, run as written (without the shell plumbing) on the real site: each must parse and pass.</summary>
    [Theory]
    [InlineData("github-workflow.yml")]
    [InlineData("gitlab-ci.yml")]
    public async Task The_workflow_files_are_yaml_and_run_real_commands_that_pass_on_the_real_content(string name)
    {
        var text = Gongkai.Cli.Init.InitFiles.Resource(name);
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var commands = Scalars(stream.Documents[0].RootNode).SelectMany(s => GongkaiCall().Matches(s)).Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.Contains(commands, c => c.StartsWith("check --format", StringComparison.Ordinal));
        Assert.Contains("build", commands);

        using var site = new SiteCopy();
        foreach (var command in commands.Distinct())
        {
            var run = await CliRun.Start(Limit, [.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--root", site.Root]);
            Assert.True(run.Exit == 0, $"gongkai {command}: {run.All}");
        }

        Assert.True(File.Exists(site.Path("_site/index.html")));
    }

    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode s => [s.Value ?? ""],
        YamlSequenceNode q => q.Children.SelectMany(Scalars),
        YamlMappingNode m => m.Children.Values.SelectMany(Scalars),
        _ => [],
    };

    /// <summary>"dotnet tool run gongkai ARGS" up to a shell operator (&gt;, |, ;, closing parenthesis).</summary>
    [GeneratedRegex(@"dotnet tool run gongkai ([^>|;)]+)")]
    private static partial Regex GongkaiCall();

    [GeneratedRegex(@"(\d+) 条已确认")]
    private static partial Regex AcknowledgedCount();
}
