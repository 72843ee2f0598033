using System.Globalization;
using System.Text;
using Gongkai.Index;
using Gongkai.Load;

namespace Gongkai.Cache;

/// <summary>
/// The <see cref="DeflateMemo"/> of the last build in <c>.gongkai-cache/index/deflated.tsv</c>: a header naming the
/// tool and the runtime (whose zlib made the bytes), one line per input, and a closing line with the count, so a
/// file cut short or made by another version reads as empty (then everything is compressed, as without a cache).
/// </summary>
internal static class DeflateMemoFile
{
    public const string Name = "deflated.tsv";

    private static string Header { get; } = $"gongkai-deflated 1\ttool {PageInputs.ToolVersion}\t{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}";

    public static byte[] Encode(IReadOnlyDictionary<string, DeflateMemoEntry> entries)
    {
        var text = new StringBuilder(Header).Append('\n');
        var count = 0;
        foreach (var (key, entry) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            // A key with a tab or a line break cannot be stored in a line: that input is simply compressed next time.
            if (key.AsSpan().IndexOfAny('\t', '\n', '\r') < 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"{entry.RawHash}\t{entry.Hash}\t{entry.Length}\t{key}\n");
                count++;
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"end\t{count}\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static Dictionary<string, DeflateMemoEntry> Read(string file)
    {
        var entries = new Dictionary<string, DeflateMemoEntry>(StringComparer.Ordinal);
        try
        {
            if (RepoFiles.Probe(file) != EntryKind.File)
            {
                return entries;
            }

            var lines = File.ReadAllText(file, Encoding.UTF8).Split('\n');
            if (lines.Length < 3 || lines[0] != Header || lines[^1] != "")
            {
                return [];
            }

            for (var i = 1; i < lines.Length - 2; i++)
            {
                var parts = lines[i].Split('\t', 4);
                if (parts.Length != 4 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var length))
                {
                    return [];
                }

                entries[parts[3]] = new DeflateMemoEntry(parts[0], parts[1], length);
            }

            return lines[^2] == $"end\t{entries.Count.ToString(CultureInfo.InvariantCulture)}" ? entries : [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
