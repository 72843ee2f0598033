using System.Text.Json;
using Gongkai.Diagnostics;

namespace Gongkai.Cli;

/// <summary>Prints diagnostics as compiler-style text (with a summary line), JSON, GitHub workflow annotations, SARIF 2.1.0 or a GitLab code-quality report.</summary>
internal static class DiagnosticPrinter
{

    /// <summary>Prints <paramref name="diagnostics"/>; in text, only the lines <paramref name="show"/> selects, while the summary counts all.</summary>
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, string format, TextWriter output, Func<Diagnostic, bool>? show = null)
    {
        switch (format)
        {
            case "json":
                output.WriteLine(JsonSerializer.Serialize(diagnostics.Select(d => new
                {
                    file = d.Span.File,
                    line = d.Span.Start.Line,
                    column = d.Span.Start.Column,
                    severity = Diagnostic.SeverityName(d.Severity),
                    code = d.Code,
                    message = d.Message,
                    fix = d.Fix,
                    acknowledged = d.AcknowledgedNote,
                }), JsonOutput.Indented));
                return;
            case "sarif":
                output.WriteLine(Reports.SarifReport.Create(diagnostics).ToJsonString(JsonOutput.Indented));
                return;
            case "gitlab":
                output.WriteLine(Reports.CodeQualityReport.Create(diagnostics).ToJsonString(JsonOutput.Indented));
                return;
            case "github":
                foreach (var d in diagnostics.Where(d => d.AcknowledgedNote is null))
                {
                    var level = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
                    output.WriteLine($"::{level} file={GitHubAnnotation.Property(d.Span.File)},line={d.Span.Start.Line},col={d.Span.Start.Column},title={GitHubAnnotation.Property(d.Code)}::{GitHubAnnotation.Message(d.Fix is null ? d.Message : $"{d.Message}；{d.Fix}")}");
                }

                break;
            default:
                foreach (var d in diagnostics.Where(show ?? (_ => true)))
                {
                    output.WriteLine(d.AcknowledgedNote is null ? d.ToString() : $"{d with { Fix = null }}（已确认：{d.AcknowledgedNote}）");
                }

                break;
        }

        output.WriteLine(Summary(diagnostics));
    }

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsBlocking);
        var acknowledged = diagnostics.Count(d => d.AcknowledgedNote is not null);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning && d.AcknowledgedNote is null);
        var infos = diagnostics.Count(d => d.Severity == Severity.Info && d.AcknowledgedNote is null);
        return $"{errors} 个错误，{warnings} 个警告，{infos} 条提示，{acknowledged} 条已确认";
    }
}
