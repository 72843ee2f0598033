using Gongkai.Diagnostics;

namespace Gongkai.Render;

/// <summary>A finding as citizens see it beside a table, the explanations or the targets (partial findings.hbs).</summary>
internal sealed record FindingView(string Severity, string Css, string Code, string Message, string? Note)
{
    public static List<FindingView> From(IEnumerable<Diagnostic> findings) =>
        [.. findings.Select(f => new FindingView(
            f.AcknowledgedNote is not null ? "已说明" : f.Severity switch
            {
                Diagnostics.Severity.Error => "错误",
                Diagnostics.Severity.Warning => "提示",
                _ => "舍入",
            },
            f.AcknowledgedNote is not null ? "ack" : Diagnostic.SeverityName(f.Severity),
            f.Code,
            f.Message,
            f.AcknowledgedNote))];
}
