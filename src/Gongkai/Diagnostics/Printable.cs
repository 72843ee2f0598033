using System.Globalization;
using System.Text;

namespace Gongkai.Diagnostics;

/// <summary>
/// Diagnostics are one line each and quote file names and content: a newline, carriage return or bidi override
/// in either would break a line in two or reorder it on screen (a folder named "evil\n" once printed a forged
/// second diagnostic). Such characters are shown as &lt;U+000A&gt;, &lt;U+202E&gt; before a diagnostic is stored; content
/// loaders use the same form when they quote a value (<see cref="Load.ControlCharacters"/>).
/// </summary>
internal static class Printable
{
    public static Diagnostic Of(Diagnostic d)
    {
        var file = Escape(d.Span.File);
        var message = Escape(d.Message);
        var fix = d.Fix is null ? null : Escape(d.Fix);
        return ReferenceEquals(file, d.Span.File) && ReferenceEquals(message, d.Message) && ReferenceEquals(fix, d.Fix)
            ? d
            : d with { Span = d.Span with { File = file }, Message = message, Fix = fix };
    }

    public static string Escape(string text)
    {
        if (!text.Any(IsUnprintable))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (IsUnprintable(c))
            {
                sb.Append(CultureInfo.InvariantCulture, $"<U+{(int)c:X4}>");
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>C0 and C1 controls, and the bidi embedding, override, isolate and mark characters.</summary>
    public static bool IsUnprintable(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';
}
