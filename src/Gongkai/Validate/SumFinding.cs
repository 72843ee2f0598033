using Gongkai.Diagnostics;

namespace Gongkai.Validate;

/// <summary>
/// The finding for a comparison that did not hold: within the rounding tolerance an info GK2109 (the message
/// says so), otherwise an error with the rule's own code. Every sum and identity rule words it the same way.
/// </summary>
internal static class SumFinding
{
    public static Diagnostic Of(Verdict verdict, string code, SourceSpan span, string message) =>
        verdict == Verdict.Rounding
            ? new Diagnostic(Severity.Info, DiagnosticCodes.Rounding, span, $"{message}；差额在舍入容差之内，按舍入差异处理")
            : new Diagnostic(Severity.Error, code, span, message);
}
