using System.Text.Json.Nodes;
using Gongkai.Diagnostics;
using Gongkai.Tool;

namespace Gongkai.Cli.Reports;

/// <summary>
/// <c>check --format sarif</c>: one SARIF 2.1.0 log for code-scanning views (GitHub code scanning, Azure DevOps,
/// IDE viewers). Every code is a rule with its Chinese summary; acknowledged findings are results with an external
/// suppression whose justification is the findings.yml note, so a viewer shows them as reviewed.
/// </summary>
internal static class SarifReport
{
    public static JsonObject Create(IReadOnlyList<Diagnostic> diagnostics)
    {
        var rules = new JsonArray();
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (code, severity, summary) in DiagnosticCodes.All)
        {
            ruleIndex[code] = rules.Count;
            rules.Add(new JsonObject
            {
                ["id"] = code,
                ["shortDescription"] = new JsonObject { ["text"] = summary },
                ["defaultConfiguration"] = new JsonObject { ["level"] = Level(severity) },
            });
        }

        var results = new JsonArray();
        foreach (var d in diagnostics)
        {
            var result = new JsonObject
            {
                ["ruleId"] = d.Code,
                ["level"] = Level(d.Severity),
                ["message"] = new JsonObject { ["text"] = d.Fix is null ? d.Message : $"{d.Message}；{d.Fix}" },
                ["locations"] = new JsonArray(new JsonObject
                {
                    ["physicalLocation"] = new JsonObject
                    {
                        ["artifactLocation"] = new JsonObject { ["uri"] = Uri(d.Span.File), ["uriBaseId"] = "SRCROOT" },
                        ["region"] = new JsonObject { ["startLine"] = d.Span.Start.Line, ["startColumn"] = d.Span.Start.Column },
                    },
                }),
            };
            if (ruleIndex.TryGetValue(d.Code, out var index))
            {
                result["ruleIndex"] = index;
            }

            if (d.AcknowledgedNote is { } note)
            {
                result["suppressions"] = new JsonArray(new JsonObject { ["kind"] = "external", ["status"] = "accepted", ["justification"] = note });
            }

            results.Add(result);
        }

        return new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "gongkai",
                        ["version"] = ToolVersion.Informational,
                        ["semanticVersion"] = ToolVersion.Informational.Split('+')[0],
                        ["rules"] = rules,
                    },
                },
                ["originalUriBaseIds"] = new JsonObject { ["SRCROOT"] = new JsonObject { ["description"] = new JsonObject { ["text"] = "站点根目录（含 site.yml 与 content/）" } } },
                ["results"] = results,
            }),
        };
    }

    /// <summary>SARIF levels: error, warning, note.</summary>
    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A relative URI reference: each path segment percent-encoded (Chinese or spaces in a file name stay valid).</summary>
    private static string Uri(string file) => string.Join('/', file.Split('/').Select(System.Uri.EscapeDataString));
}
