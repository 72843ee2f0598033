using System.Text.RegularExpressions;
using Gongkai.Diagnostics;

namespace Gongkai.Load;

/// <summary>Ids become folder and URL segments, so they are restricted to a safe alphabet (no path traversal).</summary>
internal static partial class Ids
{
    public static bool IsValid(string id) => IdPattern().IsMatch(id);

    /// <summary>Reports <c>GK1012</c> for an unsafe id; returns whether it may be used.</summary>
    public static bool Check(string id, SourceSpan span, DiagnosticBag diagnostics, string what)
    {
        if (IsValid(id))
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.InvalidId, span,
            $"{what} “{MappingReader.Shorten(id)}” 不合法；只能用小写字母、数字和连字符（如 urumqi-sti-info-center），不能含 “/”、“..” 或空格");
        return false;
    }

    // \A and \z, not ^ and $: "$" also matches before a final newline, which let "evil-unit\n" through.
    [GeneratedRegex(@"\A[a-z0-9][a-z0-9-]{0,63}\z")]
    private static partial Regex IdPattern();
}
