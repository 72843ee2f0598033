using Gongkai.Diagnostics;

namespace Gongkai.Render;

/// <summary>What a citizen sees about data checks: open problems, acknowledged discrepancies, rounding notes.</summary>
public sealed record CheckStatus(int Errors, int Acknowledged, int Warnings, int Rounding)
{
    public bool Clean => Errors == 0 && Acknowledged == 0 && Warnings == 0;

    /// <summary>One line of Chinese for lists and badges.</summary>
    public string Summary =>
        Errors > 0 ? $"发现 {Errors} 处未说明的问题"
        : Acknowledged > 0 ? $"原文有 {Acknowledged} 处不一致（已说明）"
        : Warnings > 0 ? $"核对通过（{Warnings} 条提示）"
        : Rounding > 0 ? $"核对通过（{Rounding} 处舍入差异）"
        : "核对通过";

    public string Css => Errors > 0 ? "status-error" : Acknowledged > 0 ? "status-ack" : "status-ok";

    /// <summary>The counts in one pass (a disclosure's list can be long, and lists and code pages ask per row).</summary>
    public static CheckStatus From(IEnumerable<Diagnostic> diagnostics)
    {
        int errors = 0, acknowledged = 0, warnings = 0, rounding = 0;
        foreach (var d in diagnostics)
        {
            errors += d.IsBlocking ? 1 : 0;
            acknowledged += d.AcknowledgedNote is not null ? 1 : 0;
            warnings += d.Severity == Severity.Warning && d.AcknowledgedNote is null ? 1 : 0;
            rounding += d.Code == DiagnosticCodes.Rounding ? 1 : 0;
        }

        return new CheckStatus(errors, acknowledged, warnings, rounding);
    }
}
