using Gongkai.Diagnostics;

namespace Gongkai.Load;

/// <summary>
/// Control and bidirectional-formatting characters in text (GK1022). They are invisible or reorder what a citizen
/// reads (U+202E shows "txt.exe" as "exe.txt"), and NUL or other C0/C1 characters break downloads and annotations.
/// Tab and line feed are allowed (Markdown, folded text); carriage return is GK1010's business.
/// </summary>
internal static class ControlCharacters
{
    public static bool IsForbidden(char c) =>
        (c < 0x20 && c is not '\t' and not '\n' and not '\r') || c is >= '\u007F' and <= '\u009F'
        || c is '\u200E' or '\u200F' or '\u061C' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';

    /// <summary>Index of the first forbidden character, or -1.</summary>
    public static int Find(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsForbidden(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Reports the first forbidden character of a text value at <paramref name="span"/>; true when one was found.</summary>
    public static bool Check(string text, SourceSpan span, DiagnosticBag diagnostics)
    {
        var at = Find(text);
        if (at < 0)
        {
            return false;
        }

        diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.ControlCharacter, span,
            $"文字中有看不见的控制字符 {Name(text[at])}（第 {at + 1} 个字符处，“{Printable(Window(text, at))}”）；它会使文字显示错乱或被隐藏")
        {
            Fix = "请删除这个字符（多半是从网页或文档复制时带进来的）",
        });
        return true;
    }

    /// <summary>The text with every control, bidi, tab and newline character written as &lt;U+XXXX&gt;, for echoing in messages.</summary>
    public static string Printable(string text) => Diagnostics.Printable.Escape(text);

    private static string Window(string text, int at)
    {
        var start = Math.Max(0, at - 10);
        return text.Substring(start, Math.Min(text.Length - start, 20));
    }

    private static string Name(char c) => c switch
    {
        '\0' => "NUL（U+0000）",
        '\u202E' => "从右到左覆盖（U+202E）",
        '\u202D' => "从左到右覆盖（U+202D）",
        >= '\u202A' and <= '\u202C' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C' => $"双向文字控制符（U+{(int)c:X4}）",
        _ => $"控制字符（U+{(int)c:X4}）",
    };
}
