using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Gongkai.Diagnostics;

namespace Gongkai.Cli.Reports;

/// <summary>
/// <c>check --format gitlab</c>: a GitLab code-quality report (a JSON array of issues), which GitLab shows in the
/// merge request beside the changed lines. Acknowledged findings are left out, as in the GitHub annotations. The
/// fingerprint is the code, file and message (not the line), so a finding keeps its identity when lines move.
/// </summary>
internal static class CodeQualityReport
{
    public static JsonArray Create(IReadOnlyList<Diagnostic> diagnostics)
    {
        var issues = new JsonArray();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in diagnostics.Where(d => d.AcknowledgedNote is null))
        {
            var identity = $"{d.Code}\n{d.Span.File}\n{d.Message}";
            var occurrence = seen[identity] = seen.GetValueOrDefault(identity) + 1;
            issues.Add(new JsonObject
            {
                ["description"] = $"{d.Code}: {(d.Fix is null ? d.Message : $"{d.Message}；{d.Fix}")}",
                ["check_name"] = d.Code,
                ["fingerprint"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{identity}\n{occurrence}"))),
                ["severity"] = d.Severity switch { Severity.Error => "major", Severity.Warning => "minor", _ => "info" },
                ["location"] = new JsonObject { ["path"] = d.Span.File, ["lines"] = new JsonObject { ["begin"] = d.Span.Start.Line } },
            });
        }

        return issues;
    }
}
