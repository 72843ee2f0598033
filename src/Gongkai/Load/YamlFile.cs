using System.Text;
using Gongkai.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Gongkai.Load;

/// <summary>Reads one YAML file defensively: size, encoding and syntax problems become diagnostics, never exceptions.</summary>
internal static class YamlFile
{
    /// <summary>Content files are small; anything past this is a mistake (a pasted dump), not a disclosure.</summary>
    internal const long MaxBytes = 4 * 1024 * 1024;

    /// <summary>
    /// Longest line accepted in any content file. The longest real line is 1,631 characters (a paragraph of
    /// explanations); a line 12 times that is pasted data, and every later stage then works on bounded pieces.
    /// </summary>
    internal const int MaxLineLength = 20_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a text file as strict UTF-8 without BOM; null (with a diagnostic) when it cannot be used.</summary>
    public static string? ReadText(string fullPath, string relativePath, DiagnosticBag diagnostics)
    {
        var bytes = RepoFiles.ReadBytes(fullPath, relativePath, MaxBytes, diagnostics);
        if (bytes is null)
        {
            return null;
        }

        if (bytes.AsSpan().StartsWith("\uFEFF"u8))
        {
            diagnostics.Error(DiagnosticCodes.Encoding, SourceSpan.WholeFile(relativePath),
                "文件以 BOM（EF BB BF）开头；请另存为“UTF-8（无 BOM）”");
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = ex.Index >= 0 ? ex.Index : 0;
            diagnostics.Error(DiagnosticCodes.Encoding, new SourceSpan(relativePath, MarkAtByte(bytes, offset)),
                "文件含有不是 UTF-8 的字节；请用 UTF-8 编码重新保存（常见原因：用 GBK 编码保存）");
            return null;
        }

        if (LongLine(text) is { } longLine)
        {
            diagnostics.Error(DiagnosticCodes.LimitExceeded, new SourceSpan(relativePath, longLine),
                $"这一行超过 {MaxLineLength:N0} 个字符；请把它分成几段（每段之间空一行），或检查是否误粘贴了大量内容");
            return null;
        }

        var crlf = text.IndexOf("\r\n", StringComparison.Ordinal);
        if (crlf >= 0)
        {
            var line = 1 + text.AsSpan(0, crlf).Count('\n');
            diagnostics.Warning(DiagnosticCodes.LineEndings, new SourceSpan(relativePath, new SourceMark(line, 1)),
                "文件使用 Windows 换行（CRLF）；请改为 LF 换行（编辑器右下角可切换）");
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Where the first over-long line passes the limit, if any.</summary>
    private static SourceMark? LongLine(string text)
    {
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (end - start > MaxLineLength)
            {
                return new SourceMark(line, MaxLineLength + 1);
            }

            (line, start) = (line + 1, end + 1);
        }

        return null;
    }

    /// <summary>The position of the first tab in a line's leading whitespace, if any.</summary>
    private static SourceMark? TabIndent(string text)
    {
        var line = 1;
        var column = 1;
        var leading = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                (line, column, leading) = (line + 1, 1, true);
                continue;
            }

            if (leading && c == '\t')
            {
                return new SourceMark(line, column);
            }

            leading &= c == ' ';
            column++;
        }

        return null;
    }

    /// <summary>Parses a YAML file into its root node, or returns null after reporting why.</summary>
    public static YamlNode? Parse(string fullPath, string relativePath, DiagnosticBag diagnostics)
    {
        var text = ReadText(fullPath, relativePath, diagnostics);
        return text is null ? null : ParseText(text, relativePath, diagnostics);
    }

    public static YamlNode? ParseText(string text, string relativePath, DiagnosticBag diagnostics)
    {
        if (TabIndent(text) is { } tab)
        {
            // YAML forbids tabs in indentation, but YamlDotNet accepts some (a tab before "- "), silently
            // changing the structure; reject them before parsing.
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceSpan(relativePath, tab),
                "YAML 语法错误：缩进里有制表符（Tab）；YAML 只能用空格缩进，请把这一行开头的 Tab 换成空格");
            return null;
        }

        var stream = new YamlStream();
        var last = Mark.Empty;
        try
        {
            // A first pass over the events remembers the last good position: some malformed input makes
            // YamlDotNet throw exceptions that carry no mark, and the diagnostic still needs a line.
            // The same pass enforces the structural limits before the (recursive) node tree is built.
            var parser = new Parser(new StringReader(text));
            var limits = new YamlLimits(relativePath, diagnostics);
            var events = new List<ParsingEvent>();
            while (parser.MoveNext())
            {
                last = parser.Current?.End ?? last;
                if (parser.Current is { } current)
                {
                    if (!limits.Accept(current))
                    {
                        return null;
                    }

                    events.Add(current);
                }
            }

            stream.Load(new RecordedEvents(events));
        }
        catch (YamlException ex)
        {
            var mark = ex.Start.Line >= 1 && ex.Start.Column >= 1 ? new SourceMark((int)ex.Start.Line, (int)ex.Start.Column) : SourceMark.Start;
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceSpan(relativePath, mark), $"YAML 语法错误：{Explain(ex)}");
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException)
        {
            var mark = last.Line >= 1 && last.Column >= 1 ? new SourceMark((int)last.Line, (int)last.Column) : SourceMark.Start;
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceSpan(relativePath, mark),
                "YAML 语法错误：此处之后的结构不完整（常见原因：花括号或引号没有成对、缩进错位）");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.MissingField, SourceSpan.WholeFile(relativePath), "文件是空的；请按 docs/content-format.md 填写内容");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceSpan(relativePath, new SourceMark((int)second.Line, (int)second.Column)),
                "一个文件只能有一个 YAML 文档；请删除多余的 “---” 分隔线");
            return null;
        }

        return stream.Documents[0].RootNode;
    }

    private static string Explain(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        // YamlDotNet prefixes its own position; the diagnostic already carries one.
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && paren > 0)
        {
            message = message[(paren + 3)..];
        }

        if (message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase))
        {
            return "同一层级出现了重复的键；请删除或改名其中一个";
        }

        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return "缩进里有制表符（Tab）；YAML 只能用空格缩进";
        }

        return $"{message}（请检查缩进、冒号后的空格和引号是否成对）";
    }

    private static SourceMark MarkAtByte(byte[] bytes, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceMark(line, offset - lineStart + 1);
    }
}
