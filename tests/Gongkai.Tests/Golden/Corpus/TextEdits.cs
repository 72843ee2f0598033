using System.Text;

namespace Gongkai.Tests.Golden.Corpus;

/// <summary>Small edits of UTF-8 file contents by line and column, as the corpus applies them.</summary>
internal static class TextEdits
{
    public static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The character offset of a 1-based line and column.</summary>
    public static int Offset(string text, int line, int column)
    {
        var at = 0;
        for (var l = 1; l < line; l++)
        {
            at = text.IndexOf('\n', at) + 1;
        }

        return at + column - 1;
    }

    /// <summary>The 1-based line of a character offset.</summary>
    public static int LineOf(string text, int offset) => 1 + text.AsSpan(0, offset).Count('\n');

    /// <summary>The text of a 1-based line, without its newline.</summary>
    public static string Line(string text, int line)
    {
        var start = Offset(text, line, 1);
        var end = text.IndexOf('\n', start);
        return end < 0 ? text[start..] : text[start..end];
    }

    /// <summary>Replaces <paramref name="length"/> characters at <paramref name="offset"/>.</summary>
    public static Func<byte[], byte[]> Splice(int offset, int length, string replacement) =>
        bytes =>
        {
            var text = Utf8(bytes);
            return Bytes(string.Concat(text.AsSpan(0, offset), replacement, text.AsSpan(offset + length)));
        };

    /// <summary>Removes a whole 1-based line with its newline.</summary>
    public static Func<byte[], byte[]> RemoveLine(int line) =>
        bytes =>
        {
            var text = Utf8(bytes);
            var start = Offset(text, line, 1);
            var end = text.IndexOf('\n', start);
            return Bytes(string.Concat(text.AsSpan(0, start), text.AsSpan(end < 0 ? text.Length : end + 1)));
        };

    /// <summary>The number token (digits, dot, minus) that starts at an offset.</summary>
    public static string NumberAt(string text, int offset)
    {
        var end = offset;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is '.' or '-'))
        {
            end++;
        }

        return text[offset..end];
    }
}
